import { MAX_PARTNER_ORIGINS, normalizeOrigin } from '@shared/schemas/partners';

export type ParsedOrigins = { origins: string[]; error: null } | { origins: string[]; error: { key: 'invalidOrigin'; line: number } | { key: 'tooManyOrigins'; max: number } };

/** The textarea's lines as origins (blank lines skipped, duplicates dropped), checked as the server checks them. */
export function parseOrigins(text: string): ParsedOrigins {
  const origins: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const origin = normalizeOrigin(line);
    if (!origin) return { origins, error: { key: 'invalidOrigin', line: i + 1 } };
    if (!origins.includes(origin)) origins.push(origin);
  }
  if (origins.length > MAX_PARTNER_ORIGINS) return { origins, error: { key: 'tooManyOrigins', max: MAX_PARTNER_ORIGINS } };
  return { origins, error: null };
}
