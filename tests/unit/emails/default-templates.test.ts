// Every shipped template, in every language, is valid and renders with its sample data into a
// complete message: right direction, nothing left unrendered, no empty links.
import { describe, expect, it } from "vitest";
import { readDefaultTemplates } from "../../../server/emails/default-templates";
import { renderEmail } from "../../../server/emails/render-template";
import { EMAIL_LOCALES, TEMPLATE_CATALOG, TEMPLATE_KEYS, sampleVariables } from "../../../server/emails/template-catalog";
import { validateTemplate } from "../../../server/emails/validate-template";

const defaults = readDefaultTemplates();
const cases = TEMPLATE_KEYS.flatMap((key) => EMAIL_LOCALES.map((locale) => [key, locale] as const));

function render(key: (typeof TEMPLATE_KEYS)[number], locale: (typeof EMAIL_LOCALES)[number], vars = sampleVariables(key, locale)) {
  const t = defaults.find((d) => d.key === key && d.locale === locale)!;
  const definition = TEMPLATE_CATALOG[key];
  return renderEmail({
    key,
    locale,
    content: t.content,
    vars,
    kind: definition.kind,
    autoSubmitted: definition.autoSubmitted,
    unsubscribeUrl: definition.kind === "ALERT" ? "https://trials.example.org/unsubscribe/x" : undefined,
  });
}

describe("default templates", () => {
  it("ship for every key in English, Arabic, Spanish and French", () => {
    expect(defaults.map((d) => `${d.key}.${d.locale}`).sort()).toEqual(cases.map(([k, l]) => `${k}.${l}`).sort());
  });

  it.each(cases)("%s (%s) is valid and renders with its sample data", (key, locale) => {
    const t = defaults.find((d) => d.key === key && d.locale === locale)!;
    expect(validateTemplate(key, t.content)).toEqual([]);
    const out = render(key, locale);
    const rtl = locale === "ar";
    expect(out.html).toContain(`<html lang="${locale}" dir="${rtl ? "rtl" : "ltr"}">`);
    expect(out.html).toContain(`text-align:${rtl ? "right" : "left"}`);
    for (const part of [out.subject, out.html, out.text]) {
      expect(part).not.toMatch(/\{\{|\}\}/);
      expect(part).not.toContain("undefined");
    }
    expect(out.subject).not.toMatch(/[\r\n]/);
    expect(out.subject.length).toBeGreaterThan(5);
    expect(out.text.length).toBeGreaterThan(80);
    expect(out.html).not.toMatch(/href=""/);
    // Every required value shows in both parts.
    const samples = sampleVariables(key, locale);
    for (const [name, variable] of Object.entries(TEMPLATE_CATALOG[key].variables)) {
      if (!variable.required || variable.format === "lines") continue;
      expect(out.text).toContain(samples[name]);
    }
    if (TEMPLATE_CATALOG[key].kind === "ALERT") expect(out.text).toContain("https://trials.example.org/unsubscribe/x");
  });

  it.each(cases)("%s (%s) still reads well with every optional value empty", (key, locale) => {
    const vars = sampleVariables(key, locale);
    for (const [name, variable] of Object.entries(TEMPLATE_CATALOG[key].variables)) if (!variable.required) vars[name] = "";
    const out = render(key, locale, vars);
    expect(out.html).not.toMatch(/href=""/);
    expect(out.subject).not.toMatch(/\s{2}|^\s|\s$/);
  });

  it("the patient confirmation carries the seed's sentence", () => {
    const out = render("inquiry.patient-confirmation", "en", { ...sampleVariables("inquiry.patient-confirmation", "en"), SITE_NAME: "Assiut University" });
    expect(out.text).toContain("We have submitted the contact information you provided to the research team at Assiut University.");
  });

  it("the site alert declares nothing that identifies the patient", () => {
    const declared = Object.keys(TEMPLATE_CATALOG["inquiry.site-alert"].variables);
    const personal = ["NAME", "PHONE", "EMAIL", "ADDRESS", "BIRTH", "AGE", "NOTE", "NOTES", "CONDITION", "CONDITIONS"];
    expect(declared.filter((n) => n !== "SITE_NAME" && n !== "APP_NAME" && n.split("_").some((t) => personal.includes(t)))).toEqual([]);
  });
});
