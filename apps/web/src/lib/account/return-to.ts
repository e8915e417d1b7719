/**
 * Where signing in again lands (issue 17): back on the page that was open
 * when the session ended. Only a path of this very site is taken — never
 * another origin, a protocol-relative «//host», a backslash trick or an auth
 * screen (which would loop) — so a crafted `?returnTo=` cannot send anyone
 * away.
 */
const AUTH_SCREENS = ['/sign-in', '/sign-up', '/password-reset', '/set-password'];

export function safeReturnPath(raw: string | null | undefined, origin: string): string | null {
  if (!raw || raw.length > 2000) return null;
  // Only a path: «/x», not «//x», «/\x», «https:…» or «javascript:…»; no control characters.
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  if ([...raw].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f' || ch === '\\')) return null;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin) return null;
  if (AUTH_SCREENS.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) return null;
  if (url.pathname === '/') return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The page to open after signing in: the kept path when the same account
 * signs in again (another account must not land on the previous one's
 * screen), otherwise that account's home.
 */
export function landingAfterSignIn(input: {
  returnTo: string | null;
  previousAccountId: string | null;
  account: { id: string; role: string };
  origin: string;
}): string {
  const home = input.account.role === 'operator' ? '/operator' : '/family';
  const kept = safeReturnPath(input.returnTo, input.origin);
  if (!kept) return home;
  if (input.previousAccountId !== null && input.previousAccountId !== input.account.id) return home;
  // An operator's pages and a family's are each other's dead ends.
  const area = input.account.role === 'operator' ? '/operator' : '/family';
  return kept === area || kept.startsWith(`${area}/`) || kept.startsWith(`${area}?`) ? kept : home;
}
