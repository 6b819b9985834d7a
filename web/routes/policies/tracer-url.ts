// What the tracer shows, as its URL holds it: the policy and the actor traced, the date, and how
// the policy's reach is filtered and paged. The page navigates to change any of it.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface TracerQuery {
  policy: string | null;
  actor: string | null;
  /** YYYY-MM-DD; today when the URL has none. */
  asOf: string;
  region: string | null;
  includeImplementing: boolean;
  kinds: string[];
  /** The cursor the page of reached actors starts after, and that page's number (from 1). */
  after: string | null;
  page: number;
}

export function decodeTracerQuery(q: URLSearchParams, today: string): TracerQuery {
  const asOf = q.get('asOf');
  const page = Number(q.get('p'));
  const after = q.get('after');
  return {
    policy: q.get('policy') || null,
    actor: q.get('actor') || null,
    asOf: asOf && ISO_DATE.test(asOf) ? asOf : today,
    region: q.get('region') || null,
    includeImplementing: q.get('imp') !== '0',
    kinds: q.getAll('kind').filter(Boolean),
    after: after || null,
    page: after && Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The date is always written, so a shared link means the same day tomorrow. */
export function encodeTracerQuery(t: TracerQuery): URLSearchParams {
  const q = new URLSearchParams();
  if (t.policy) q.set('policy', t.policy);
  if (t.actor) q.set('actor', t.actor);
  q.set('asOf', t.asOf);
  if (t.region) q.set('region', t.region);
  if (!t.includeImplementing) q.set('imp', '0');
  for (const k of t.kinds) q.append('kind', k);
  if (t.after) {
    q.set('after', t.after);
    q.set('p', String(t.page));
  }
  return q;
}

/** A change of what is traced or how it is filtered starts the list again from its first page. */
export function refiltered(t: TracerQuery, patch: Partial<Omit<TracerQuery, 'after' | 'page'>>): TracerQuery {
  return { ...t, ...patch, after: null, page: 1 };
}
