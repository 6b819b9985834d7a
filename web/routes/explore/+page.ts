import { decodeExploration } from '$lib/canvas/url-state.ts';
import type { PageLoad } from './$types';

// The exploration is what the URL says; the explorer fetches the parts of its canvas itself, part
// by part, so a change fetches only what is new.
export const load: PageLoad = ({ url }) => ({ exploration: decodeExploration(url.searchParams) });
