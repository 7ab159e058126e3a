// Splits the free-text eligibility criteria of ClinicalTrials.gov records into list items.

const HEADING = /^(?:key\s+)?(inclusion|exclusion|eligibility)\s+criteri[a-z]*\s*(?::\s*(.*)|$)/i;
const BULLET = /^(?:[*•●▪◦-]\s*|\d{1,2}[.)]\s+|[a-z][.)]\s+)(\S.*)$/i;

function unescapeMarkdown(s: string): string {
  return s.replace(/\\([\\`*_{}[\]()#+\-.!<>|~^])/g, "$1");
}

/**
 * Splits ClinicalTrials.gov criteria text into items under "Inclusion Criteria:" and
 * "Exclusion Criteria:" (also "Key Inclusion Criteria", text after the colon, numbered lists).
 * Items before any heading, or without headings at all, count as inclusion criteria. Lines that
 * continue a bullet are joined to it; standalone paragraphs become their own item.
 */
export function splitEligibilityCriteria(text: string | null | undefined): { inclusion: string[]; exclusion: string[] } {
  const out = { inclusion: [] as string[], exclusion: [] as string[] };
  let section: "inclusion" | "exclusion" = "inclusion";
  let current: string | null = null;
  let blank = false;
  const flush = () => {
    const item = current === null ? "" : unescapeMarkdown(current).replace(/\s+/g, " ").trim();
    if (item && !/^(n\/?a|none|not applicable)\.?$/i.test(item)) out[section].push(item);
    current = null;
  };
  for (const raw of (text ?? "").replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (!line) {
      blank = true;
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = heading ? null : BULLET.exec(line);
    if (heading) {
      flush();
      const kind = heading[1]!.toLowerCase();
      if (kind === "inclusion" || kind === "exclusion") section = kind;
      const rest = (heading[2] ?? "").replace(/^[*•●▪◦-]\s*/, "").trim();
      if (rest) current = rest;
    } else if (bullet) {
      flush();
      current = bullet[1]!;
    } else if (current !== null && !blank) {
      current += ` ${line}`;
    } else {
      flush();
      current = line;
    }
    blank = false;
  }
  flush();
  return out;
}
