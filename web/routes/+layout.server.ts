import type { ServerLoad } from '@sveltejs/kit';
import { accessFor, TOKEN_COOKIE } from '$lib/access/api.server.ts';

// Typed by hand rather than through ./$types so the root `tsc` check needs no SvelteKit paths.
// Who is visiting is asked of the API on each full page load (and after sign-in or sign-out).
export const load: ServerLoad = async ({ locals, cookies }) => ({
  lang: locals.lang,
  access: await accessFor(cookies.get(TOKEN_COOKIE)),
});
