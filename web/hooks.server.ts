import type { Handle } from '@sveltejs/kit';
import { proxyGraphQL } from './lib/access/graphql-proxy.server.ts';
import { LANG_COOKIE, htmlLang, pickLang } from './lib/i18n/index.ts';

export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname === '/graphql') return proxyGraphQL(event);
  const lang = pickLang({ cookie: event.cookies.get(LANG_COOKIE), acceptLanguage: event.request.headers.get('accept-language') });
  event.locals.lang = lang;
  const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%ipatlas.lang%', htmlLang(lang)) });
  // Pages and files rendered on the server carry what the signed-in user may read (a report, a
  // chain's JSON): no shared cache may keep them for the next user. Built assets keep their own rules.
  if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'private, no-store');
  return response;
};
