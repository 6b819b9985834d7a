import { fail, redirect, type Actions } from '@sveltejs/kit';
import { askSession, signInExpiry, TOKEN_COOKIE } from '$lib/access/api.server.ts';
import { safeNext } from '$lib/access/next-path.ts';
import { signInFailure } from '$lib/access/sign-in-failure.ts';

// Typed by hand rather than through ./$types so the root `tsc` check needs no SvelteKit paths.
export const actions: Actions = {
  /** Checks the token with the API and keeps it in an HttpOnly cookie; the token is never echoed back. */
  signin: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const token = String(form.get('token') ?? '').trim();
    const next = safeNext(String(form.get('next') ?? ''));
    if (token === '') return fail(400, { failure: signInFailure('empty', ''), next });
    const answer = await askSession(token);
    if (answer.kind === 'unauthenticated') return fail(401, { failure: signInFailure('rejected', answer.message), next });
    if (answer.kind === 'unavailable') return fail(502, { failure: signInFailure('unavailable', answer.message), next });
    if (answer.session.local) return fail(400, { failure: signInFailure('local', ''), next });
    // A lifetime of its own: a browser left signed in does not stay so past a working day, nor past the token.
    cookies.set(TOKEN_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: url.protocol === 'https:', expires: signInExpiry(answer.session.expires) });
    redirect(303, next);
  },
  signout: async ({ cookies, url }) => {
    cookies.delete(TOKEN_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: url.protocol === 'https:' });
    redirect(303, '/signin?out=1');
  },
};
