import { loadFailure, type LoadFailure } from '$lib/api/api-error.ts';
import { fetchIndustries, fetchSubject, type Industries } from './finder-lookups.ts';
import { decodeState, fetchCandidates, isReady, RANKING_DEPENDENCY, RANKING_PARAMS, type Ranking } from './licensee-state.ts';
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
  // The URL knows the patent (or holder) by id only: its name is asked for beside the ranking.
  const subjectId = finder.mode === 'patent' ? finder.patent : finder.holder;
  const [ranking, subject, industries] = await Promise.all([
    isReady(finder) ? fetchCandidates(finder, { fetch }).catch((err: unknown) => loadFailure(err)) : null,
    subjectId ? fetchSubject({ id: subjectId, kind: finder.mode === 'patent' ? 'patent' : 'organization', fetch }).catch(() => null) : null,
    // Without the list the industry filter still takes typed names.
    fetchIndustries({ fetch }).catch((): Industries => ({ choices: [], names: [] })),
  ]);
  const failure: LoadFailure | null = ranking && !isRanking(ranking) ? ranking : null;
  const answer = ranking && isRanking(ranking) ? ranking : null;
  return { candidates: answer?.candidates ?? [], sources: answer?.sources ?? [], failure, subject, industries };
};

function isRanking(r: Ranking | LoadFailure): r is Ranking {
  return 'candidates' in r;
}
