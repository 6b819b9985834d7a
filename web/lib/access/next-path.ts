/** Where sign-in may send the user back to: a path on this site, never another origin, never /signin itself. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  let url: URL;
  try {
    url = new URL(next, 'http://same.site');
  } catch {
    return '/';
  }
  if (url.origin !== 'http://same.site' || url.pathname === '/signin') return '/';
  return url.pathname + url.search + url.hash;
}

/** The sign-in page's address that brings the user back to `current` afterwards. */
export function signInHref(current: URL | { pathname: string; search: string }): string {
  const back = safeNext(current.pathname + current.search);
  return back === '/' ? '/signin' : `/signin?next=${encodeURIComponent(back)}`;
}
