import type { ServerLoad } from '@sveltejs/kit';

// Typed by hand rather than through ./$types so the root `tsc` check needs no SvelteKit paths.
export const load: ServerLoad = ({ locals }) => ({ lang: locals.lang });
