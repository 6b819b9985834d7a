import { roleAtLeast, type Role } from './access/roles.ts';

/** The top bar's pages, in order; each job page adds its entry here and its label to its messages. */
export interface NavEntry {
  href: string;
  /** i18n key of the link's label. */
  label: string;
  /** The least role whose user may use the page (the role its API fields need); none: every role. */
  role?: Role;
}

export const NAV: readonly NavEntry[] = [
  { href: '/', label: 'app.nav.home' },
  { href: '/explore', label: 'app.nav.explore' },
  { href: '/licensees', label: 'licensees.nav', role: 'ANALYST' },
  { href: '/policies', label: 'policies.nav' },
  { href: '/related-party', label: 'relatedParty.nav', role: 'SUPERVISOR' },
];

/** Whether a nav entry is the page at this path ('/' only matches itself). */
export function isCurrent(entry: NavEntry, pathname: string): boolean {
  return entry.href === '/' ? pathname === '/' : pathname === entry.href || pathname.startsWith(`${entry.href}/`);
}

/** Whether a user of this role may use the entry's page; an unknown role (API not answering) is not held against anyone. */
export function allows(entry: NavEntry, role: Role | null): boolean {
  return !entry.role || role === null || roleAtLeast(role, entry.role);
}

/** The page's entry at this path when the role may not use it, so the layout explains instead of showing a broken page. */
export function deniedAt(pathname: string, role: Role | null): NavEntry | null {
  return NAV.find((e) => isCurrent(e, pathname) && !allows(e, role)) ?? null;
}
