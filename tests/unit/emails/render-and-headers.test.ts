// Rendering is escaping: values are HTML-escaped in the HTML part and can never become markup,
// tags or headers; a template cannot reach anything it was not given. Header values never keep a
// line break, whatever the input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayName, headerValue } from "../../../server/emails/header-value";
import { classifySendError } from "../../../server/emails/mailer";
import { renderEmail } from "../../../server/emails/render-template";
import { sampleVariables } from "../../../server/emails/template-catalog";
import { checkVariables, messageHeaders } from "../../../server/emails/enqueue-email";

const content = { subject: "Reset your {{APP_NAME}} password", html: '<p>Hi {{RECIPIENT_NAME}}</p><a href="{{RESET_URL}}">x</a> {{EXPIRES_AT}}', text: "Hi {{RECIPIENT_NAME}} {{RESET_URL}} {{EXPIRES_AT}}" };
const render = (vars: Record<string, string>, c = content) =>
  renderEmail({ key: "account.password-reset", locale: "en", content: c, vars: { ...sampleVariables("account.password-reset", "en"), ...vars }, kind: "TRANSACTIONAL", autoSubmitted: true });

describe("rendering", () => {
  it("escapes values in the HTML part and keeps them as typed in the text part", () => {
    const out = render({ RECIPIENT_NAME: `<script>alert("x")</script> & 'Bob'` });
    expect(out.html).toContain("<p>Hi &lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt; &amp; &#39;Bob&#39;</p>");
    expect(out.html).not.toContain("<script>");
    expect(out.text).toContain(`Hi <script>alert("x")</script> & 'Bob'`);
  });

  it("a value cannot break out of an attribute", () => {
    const out = render({ RESET_URL: `https://x.example/" onmouseover="alert(1)` });
    expect(out.html).toContain('href="https:&#x2F;&#x2F;x.example&#x2F;&quot; onmouseover&#x3D;&quot;alert(1)"');
  });

  it("values are never interpreted as template syntax", () => {
    const out = render({ RECIPIENT_NAME: "{{RESET_URL}} {{#x}}{{/x}}" });
    expect(out.text).toContain("Hi {{RESET_URL}} {{#x}}{{/x}}");
  });

  it("any string, escaped, never yields a tag or an unescaped quote in the HTML part", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (value) => {
        const out = render({ RECIPIENT_NAME: value }, { ...content, html: "<p>{{RECIPIENT_NAME}}</p>" });
        const body = /<p>([\s\S]*?)<\/p>\n<\/td>/.exec(out.html)?.[1] ?? "";
        return !/[<>"'`]/.test(body);
      }),
      { numRuns: 500 },
    );
  });

  it("cannot see prototype properties or call functions", () => {
    const out = render({}, { subject: "x", html: "[{{TOSTRING}}][{{HAS_OWN_PROPERTY}}]", text: "y" });
    expect(out.html).toContain("[][]");
  });

  it("a template with a section is never rendered, even if it reached the database", () => {
    expect(() => render({}, { ...content, html: "{{#RESET_URL}}x{{/RESET_URL}}" })).toThrow(/unsupported syntax/);
  });

  it("lists become escaped HTML items with their links", () => {
    const out = renderEmail({
      key: "alerts.digest",
      locale: "en",
      content: { subject: "s", html: "{{STUDY_LIST}}", text: "{{STUDY_LIST}}" },
      vars: { STUDY_COUNT: "2", STUDY_LIST: "A <b> — https://x.example/a?b=1&c=2\nB" },
      kind: "ALERT",
      autoSubmitted: true,
      unsubscribeUrl: "https://x.example/u",
    });
    expect(out.html).toContain('<li style="margin:0 0 8px;">A &#60;b&#62; — <a href="https:&#47;&#47;x.example&#47;a?b&#61;1&#38;c&#61;2">');
    expect(out.text).toContain("- A <b> — https://x.example/a?b=1&c=2\n- B");
  });
});

describe("header values", () => {
  it("never keep CR, LF or other control characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (value) => {
        const h = headerValue(value);
        return !/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/.test(h) && h === h.trim();
      }),
      { numRuns: 1000 },
    );
    expect(headerValue("Bob\r\nBcc: x@evil.example")).toBe("Bob Bcc: x@evil.example");
    expect(displayName('Eve" <eve@evil.example>\r\nBcc: y')).toBe("Eve eve@evil.example Bcc: y");
  });

  it("the subject of a rendered message is one clean line", () => {
    const out = renderEmail({
      key: "account.invitation",
      locale: "en",
      content: { subject: "{{INVITER_NAME}} invited you", html: "{{INVITER_NAME}}{{ACCEPT_URL}}{{ROLE_NAME}}{{EXPIRES_AT}}", text: "{{INVITER_NAME}}{{ACCEPT_URL}}{{ROLE_NAME}}{{EXPIRES_AT}}" },
      vars: { ...sampleVariables("account.invitation", "en"), INVITER_NAME: "A\r\nBcc: x@evil.example\u2028\u0000" },
      kind: "TRANSACTIONAL",
      autoSubmitted: true,
    });
    expect(out.subject).toBe("A Bcc: x@evil.example invited you");
  });

  it("alerts carry one-click unsubscribe; other messages do not", () => {
    expect(messageHeaders({ kind: "ALERT", autoSubmitted: true, unsubscribeUrl: "https://x.example/u\r\nBcc: y" })).toEqual({
      "Auto-Submitted": "auto-generated",
      "List-Unsubscribe": "<https://x.example/u Bcc: y>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(messageHeaders({ kind: "TRANSACTIONAL", autoSubmitted: false, unsubscribeUrl: "https://x.example/u" })).toEqual({});
  });
});

describe("input checks and error reasons", () => {
  it("names missing and unsafe variables, never their values", () => {
    const { problems, vars } = checkVariables("account.password-reset", { RECIPIENT_NAME: "", RESET_URL: "javascript:alert(1)", EXPIRES_AT: "soon", EXTRA: "dropped" });
    expect(problems).toEqual(["RECIPIENT_NAME missing", "RESET_URL not an http(s) URL"]);
    expect(vars).toEqual({ RECIPIENT_NAME: "", RESET_URL: "", EXPIRES_AT: "soon" });
  });

  it("classifies SMTP failures without quoting the server's text", () => {
    expect(classifySendError({ code: "EENVELOPE", responseCode: 550, response: "550 5.1.1 <patient@example.org> unknown" })).toEqual({ permanent: true, reason: "SMTP 550 5.1.1 (EENVELOPE)" });
    expect(classifySendError({ code: "EENVELOPE", responseCode: 451, response: "451 4.3.0 later" })).toEqual({ permanent: false, reason: "SMTP 451 4.3.0 (EENVELOPE)" });
    expect(classifySendError({ code: "EAUTH", responseCode: 535, response: "535 5.7.8 bad credentials" })).toMatchObject({ permanent: false });
    expect(classifySendError({ code: "ESOCKET", message: "connect ECONNREFUSED 127.0.0.1:25" })).toEqual({ permanent: false, reason: "ESOCKET ECONNREFUSED" });
    expect(classifySendError(new Error("something with patient@example.org"))).toEqual({ permanent: false, reason: "delivery error" });
  });
});
