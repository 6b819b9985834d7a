import { addMessages, init, locale } from 'svelte-i18n';
import { MESSAGES } from './messages.ts';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';
/** The chosen language is remembered in this cookie so the server renders the page in it. */
export const LANG_COOKIE = 'ipatlas-lang';

// Both languages are small and bundled: switching is instant and the server can render either
// without waiting for a loader.
addMessages('zh', MESSAGES.zh);
addMessages('en', MESSAGES.en);
init({ fallbackLocale: DEFAULT_LANG, initialLocale: DEFAULT_LANG });

/** svelte-i18n's locale as one of ours (it may hold a longer tag or nothing yet). */
export function asLang(value: string | null | undefined): Lang {
  const base = value?.split('-')[0];
  return isLang(base) ? base : DEFAULT_LANG;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The cookie's choice, else the first language the browser prefers that we have, else Chinese. */
export function pickLang(opts: { cookie?: string | null; acceptLanguage?: string | null }): Lang {
  if (isLang(opts.cookie)) return opts.cookie;
  for (const part of (opts.acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    const base = tag.split('-')[0];
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}

/** HTML `lang` attribute for a language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** Words joined as the language joins a list ("a, b and c", "a、b和c"). */
export function joinList(parts: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(htmlLang(lang), { style: 'long', type: 'conjunction' }).format(parts);
}

/**
 * Sets the language synchronously (messages are preloaded), so a server render uses it at once.
 * The locale is the full tag (zh-CN): svelte-i18n finds the `zh` messages through it and puts
 * it on <html lang>, which picks Simplified Chinese glyphs.
 */
export function useLang(lang: Lang): void {
  locale.set(htmlLang(lang));
}
