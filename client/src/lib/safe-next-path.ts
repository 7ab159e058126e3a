/**
 * Returns `next` only when it is a same-site relative path (e.g. `/dashboard/inbox?x=1`),
 * so a crafted sign-in link cannot send the user to another site after signing in.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/dashboard'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  try {
    const base = 'http://same-site.invalid';
    const url = new URL(next, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
