// Procedures anyone may call. Adding one here is a security decision: say why next to it.
export const PUBLIC_PROCEDURES: ReadonlyMap<string, string> = new Map([
  ["auth.me", "the caller's own session, or null"],
  ["system.info", "the version number"],
  ["invitations.get", "what an invitation link is for; needs the secret token from the e-mail"],
  ["invitations.accept", "creates the invited account; needs the secret token from the e-mail"],
]);
