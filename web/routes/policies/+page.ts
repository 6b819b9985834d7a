import { loadFailure, type LoadFailure } from '$lib/api/api-error.ts';
import { COVERED_PAGE_SIZE, fetchChain, fetchCovered, fetchCovering } from './tracer-queries.ts';
import { todayIso } from './tracer-display.ts';
import { decodeTracerQuery } from './tracer-url.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url, fetch }) => {
  const query = decodeTracerQuery(url.searchParams, todayIso());
  const failures: LoadFailure[] = [];
  // Each part answers null when it failed, so the others still show.
  const part = <T>(work: Promise<T>): Promise<T | null> =>
    work.catch((err: unknown) => {
      failures.push(loadFailure(err));
      return null;
    });
  const { policy, actor, asOf } = query;
  const [chain, covered, covering] = await Promise.all([
    policy ? part(fetchChain(policy, { fetch })) : null,
    policy
      ? part(
          fetchCovered(
            { policyId: policy, asOf, first: COVERED_PAGE_SIZE, after: query.after, includeImplementing: query.includeImplementing, kinds: query.kinds.length ? query.kinds : null, region: query.region },
            { fetch },
          ),
        )
      : null,
    actor ? part(fetchCovering({ actorId: actor, asOf, fetch })) : null,
  ]);
  return { query, chain, covered, covering, failures };
};
