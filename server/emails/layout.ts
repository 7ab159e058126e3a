// The one layout every message is wrapped in: a 600 px table with inline styles (the only styling
// that survives Outlook and Gmail), a media query for phones, right-to-left for Arabic, and a
// footer in the message's language. The plain-text part gets the same footer.
import { APP_NAME, isRtl, type EmailLocale } from "./template-catalog";

const FOOTER: Record<EmailLocale, { sentBy: string; noReply: string; alertReason: string; unsubscribe: string }> = {
  en: {
    sentBy: `This e-mail was sent by ${APP_NAME}.`,
    noReply: "This is an automatic message: please do not reply to it.",
    alertReason: "You receive these alerts because you asked to hear about new clinical trials.",
    unsubscribe: "Unsubscribe",
  },
  ar: {
    sentBy: `أُرسلت هذه الرسالة من ${APP_NAME}.`,
    noReply: "هذه رسالة آلية، يُرجى عدم الرد عليها.",
    alertReason: "تصلك هذه التنبيهات لأنك طلبت إعلامك بالتجارب السريرية الجديدة.",
    unsubscribe: "إلغاء الاشتراك",
  },
  es: {
    sentBy: `Este correo fue enviado por ${APP_NAME}.`,
    noReply: "Es un mensaje automático: por favor, no responda.",
    alertReason: "Recibe estas alertas porque pidió que le avisáramos de nuevos ensayos clínicos.",
    unsubscribe: "Darse de baja",
  },
  fr: {
    sentBy: `Cet e-mail a été envoyé par ${APP_NAME}.`,
    noReply: "Ceci est un message automatique : merci de ne pas y répondre.",
    alertReason: "Vous recevez ces alertes car vous avez demandé à être informé(e) des nouveaux essais cliniques.",
    unsubscribe: "Se désabonner",
  },
};

export const FONT_STACK = "-apple-system, 'Segoe UI', Roboto, Arial, Tahoma, sans-serif";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`=/]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export type LayoutInput = {
  locale: EmailLocale;
  subject: string;
  bodyHtml: string;
  bodyText: string;
  autoSubmitted: boolean;
  unsubscribeUrl?: string;
};

export function wrapHtml(input: LayoutInput): string {
  const rtl = isRtl(input.locale);
  const dir = rtl ? "rtl" : "ltr";
  const align = rtl ? "right" : "left";
  const f = FOOTER[input.locale];
  const footerLines = [f.sentBy, input.autoSubmitted ? f.noReply : null, input.unsubscribeUrl ? f.alertReason : null].filter(Boolean);
  const unsubscribe = input.unsubscribeUrl
    ? `<br><a href="${escapeHtml(input.unsubscribeUrl)}" style="color:#4a5568;text-decoration:underline;">${escapeHtml(f.unsubscribe)}</a>`
    : "";
  return `<!DOCTYPE html>
<html lang="${input.locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeHtml(input.subject)}</title>
<style>
  body { margin: 0; padding: 0; }
  p { margin: 0 0 16px; }
  a { color: #0b6e65; }
  @media only screen and (max-width: 620px) {
    .tc-container { width: 100% !important; }
    .tc-pad { padding-left: 20px !important; padding-right: 20px !important; }
  }
</style>
</head>
<body dir="${dir}" style="margin:0;padding:0;background-color:#f2f4f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" dir="${dir}" style="background-color:#f2f4f7;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" class="tc-container" width="600" cellpadding="0" cellspacing="0" border="0" dir="${dir}" style="width:600px;max-width:600px;background-color:#ffffff;border:1px solid #e2e6ec;border-radius:8px;">
<tr><td class="tc-pad" align="${align}" style="padding:24px 32px 4px;font-family:${FONT_STACK};font-size:18px;font-weight:bold;color:#075a53;text-align:${align};">${escapeHtml(APP_NAME)}</td></tr>
<tr><td class="tc-pad" dir="${dir}" align="${align}" style="padding:12px 32px 24px;font-family:${FONT_STACK};font-size:16px;line-height:1.6;color:#1f2933;text-align:${align};">
${input.bodyHtml}
</td></tr>
</table>
<table role="presentation" class="tc-container" width="600" cellpadding="0" cellspacing="0" border="0" dir="${dir}" style="width:600px;max-width:600px;">
<tr><td class="tc-pad" align="${align}" style="padding:16px 32px;font-family:${FONT_STACK};font-size:13px;line-height:1.5;color:#4a5568;text-align:${align};">${footerLines.map((l) => escapeHtml(l!)).join("<br>")}${unsubscribe}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

export function wrapText(input: LayoutInput): string {
  const f = FOOTER[input.locale];
  const footer = [f.sentBy, input.autoSubmitted ? f.noReply : null, input.unsubscribeUrl ? `${f.alertReason}\n${f.unsubscribe}: ${input.unsubscribeUrl}` : null]
    .filter(Boolean)
    .join("\n");
  return `${input.bodyText.trim()}\n\n-- \n${footer}\n`;
}
