import { loadFailure, type LoadFailure } from '$lib/api/api-error.ts';
import { decodeState, fetchCandidates, isReady, RANKING_DEPENDENCY, RANKING_PARAMS, type Candidate } from './licensee-state.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url, fetch, depends }) => {
  depends(RANKING_DEPENDENCY);
  // Read parameter by parameter, so SvelteKit re-runs the load only when one of these changes.
  const q = new URLSearchParams();
  for (const key of RANKING_PARAMS) {
    const value = url.searchParams.get(key);
    if (value !== null) q.set(key, value);
  }
  const finder = decodeState(q);
  let candidates: Candidate[] = [];
  let failure: LoadFailure | null = null;
  if (isReady(finder)) {
    try {
      candidates = await fetchCandidates(finder, { fetch });
    } catch (err) {
      failure = loadFailure(err);
    }
  }
  return { candidates, failure };
};
