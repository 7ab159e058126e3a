// Template validation: only plain {{NAME}} placeholders, declared variables, required ones present,
// nothing sensitive in subjects; each problem at its line and column.
import { describe, expect, it } from "vitest";
import { positionOf, validateTemplate } from "../../../server/emails/validate-template";

const ok = {
  subject: "New inquiry {{REFERENCE}} for {{NCT_ID}}",
  html: "<p>{{SITE_NAME}} {{STUDY_TITLE}} {{NCT_ID}} {{PREFERRED_LANGUAGE}} {{RECEIVED_AT}} <a href=\"{{INQUIRY_URL}}\">open</a></p>",
  text: "{{SITE_NAME}} {{STUDY_TITLE}} {{NCT_ID}} {{PREFERRED_LANGUAGE}} {{RECEIVED_AT}} {{INQUIRY_URL}}",
};
const html = (h: string) => validateTemplate("inquiry.site-alert", { ...ok, html: `${ok.html}${h}` });

describe("validateTemplate", () => {
  it("accepts plain placeholders, with or without spaces inside the braces", () => {
    expect(validateTemplate("inquiry.site-alert", ok)).toEqual([]);
    expect(validateTemplate("inquiry.site-alert", { ...ok, subject: "New inquiry {{ REFERENCE }}" })).toEqual([]);
  });

  it.each([
    ["{{#STUDY_TITLE}}x{{/STUDY_TITLE}}", "sections"],
    ["{{^STUDY_TITLE}}x{{/STUDY_TITLE}}", "inverted sections"],
    ["{{> footer}}", "partials"],
    ["{{{STUDY_TITLE}}}", "unescaped output ({{{…}}})"],
    ["{{& STUDY_TITLE}}", "unescaped output ({{&…}})"],
    ["{{! a comment }}", "comments"],
    ["{{=<% %>=}}", "delimiter changes"],
  ])("refuses %s with its position", (construct, what) => {
    const issues = validateTemplate("inquiry.site-alert", { ...ok, text: `${ok.text}\n  ${construct}` });
    expect(issues[0]).toMatchObject({ field: "text", code: "UNSUPPORTED_TAG", line: 2, column: 3 });
    expect(issues[0]!.message).toContain(what);
    expect(issues[0]!.message).toContain("(line 2, column 3)");
  });

  it("reports an unclosed tag where Mustache found it", () => {
    const issues = validateTemplate("inquiry.site-alert", { ...ok, text: `${ok.text}\nline two\nabc {{SITE_NAME` });
    expect(issues).toEqual([expect.objectContaining({ field: "text", code: "SYNTAX", line: 3, column: 5, message: "Unclosed tag (line 3, column 5)." })]);
  });

  it("refuses unknown variables and names that are not placeholders", () => {
    expect(html("{{PATIENT_PHONE}}")).toEqual([expect.objectContaining({ code: "UNKNOWN_VARIABLE", variable: "PATIENT_PHONE", line: 1, column: ok.html.length + 1 })]);
    expect(html("{{site.name}}")).toEqual([expect.objectContaining({ code: "INVALID_NAME", variable: "site.name" })]);
    expect(html("{{constructor}}")).toEqual([expect.objectContaining({ code: "INVALID_NAME" })]);
    expect(html("{{.}}")).toEqual([expect.objectContaining({ code: "INVALID_NAME" })]);
  });

  it("requires the required variables in both parts", () => {
    const issues = validateTemplate("inquiry.site-alert", { ...ok, text: ok.text.replace(" {{INQUIRY_URL}}", "") });
    expect(issues).toEqual([expect.objectContaining({ field: "text", code: "MISSING_REQUIRED", variable: "INQUIRY_URL", line: null, column: null })]);
  });

  it("keeps the subject to one line and free of health information", () => {
    expect(validateTemplate("inquiry.site-alert", { ...ok, subject: "Inquiry for {{STUDY_TITLE}}" })).toEqual([
      expect.objectContaining({ field: "subject", code: "NOT_ALLOWED_IN_SUBJECT", variable: "STUDY_TITLE", line: 1, column: 13 }),
    ]);
    expect(validateTemplate("inquiry.patient-confirmation", { subject: "Hi {{FIRST_NAME}}", html: "x", text: "y" })[0]).toMatchObject({ code: "NOT_ALLOWED_IN_SUBJECT", variable: "FIRST_NAME" });
    expect(validateTemplate("inquiry.site-alert", { ...ok, subject: "a\nb" })).toEqual([expect.objectContaining({ code: "LINE_BREAK_IN_SUBJECT", line: 1, column: 2 })]);
  });

  it("refuses empty parts", () => {
    expect(validateTemplate("inquiry.site-alert", { ...ok, html: "  " })).toEqual([expect.objectContaining({ field: "html", code: "EMPTY" })]);
  });

  it("counts lines and columns from 1", () => {
    expect(positionOf("ab\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf("ab\ncd\nef", 6)).toEqual({ line: 3, column: 1 });
  });
});
