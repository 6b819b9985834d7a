/** The top bar's pages, in order; each job page adds its entry here and its label to its messages. */
export interface NavEntry {
  href: string;
  /** i18n key of the link's label. */
  label: string;
}

export const NAV: readonly NavEntry[] = [
  { href: '/', label: 'app.nav.home' },
  { href: '/explore', label: 'app.nav.explore' },
  { href: '/licensees', label: 'licensees.nav' },
  { href: '/policies', label: 'policies.nav' },
  { href: '/related-party', label: 'relatedParty.nav' },
];

/** Whether a nav entry is the page at this path ('/' only matches itself). */
export function isCurrent(entry: NavEntry, pathname: string): boolean {
  return entry.href === '/' ? pathname === '/' : pathname === entry.href || pathname.startsWith(`${entry.href}/`);
}
