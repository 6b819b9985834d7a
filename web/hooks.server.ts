import type { Handle } from '@sveltejs/kit';
import { proxyGraphQL } from './lib/access/graphql-proxy.server.ts';
import { LANG_COOKIE, htmlLang, pickLang } from './lib/i18n/index.ts';

export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname === '/graphql') return proxyGraphQL(event);
  const lang = pickLang({ cookie: event.cookies.get(LANG_COOKIE), acceptLanguage: event.request.headers.get('accept-language') });
  event.locals.lang = lang;
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%ipatlas.lang%', htmlLang(lang)) });
};
