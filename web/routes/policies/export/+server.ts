import { error } from '@sveltejs/kit';
import { ApiError } from '$lib/api/api-error.ts';
import { exportFileName } from '$lib/canvas/export.ts';
import { coveredCsvHeader, coveredCsvRows } from '../tracer-export.ts';
import { fetchCovered, type CoveredPage } from '../tracer-queries.ts';
import { todayIso } from '../tracer-display.ts';
import { decodeTracerQuery } from '../tracer-url.ts';
import type { RequestHandler } from '@sveltejs/kit';

// Every organization a policy reaches, as CSV (or JSON with format=json), not only the page on screen: streamed page by page
// from the API up to EXPORT_CAP rows. Whether the file is whole is known from the first page's
// total, so the file's name says it before the first row arrives.

/** The most rows one export writes: a national policy may reach more organizations than a spreadsheet wants. */
const EXPORT_CAP = 100_000;
const PAGE = 200;
/** How long to wait when the API's per-caller limit is reached mid-export, and how often. */
const RATE_WAIT_MS = 2_000;
const RATE_TRIES = 30;

/** The API's refusals as HTTP statuses, so a script (or the browser's download list) says why. */
const STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, RATE_LIMITED: 429, SERVER_BUSY: 503 };

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const GET: RequestHandler = async ({ url, fetch }) => {
  const query = decodeTracerQuery(url.searchParams, todayIso());
  if (!query.policy) error(400, 'Choose a policy first: the export lists the organizations a policy reaches.');
  const policyId = query.policy;
  const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'zh';
  const variables = { policyId, asOf: query.asOf, includeImplementing: query.includeImplementing, kinds: query.kinds.length ? query.kinds : null, region: query.region };

  const page = async (after: string | null): Promise<CoveredPage> => {
    for (let tries = 0; ; tries++) {
      try {
        return await fetchCovered({ ...variables, first: PAGE, after }, { fetch });
      } catch (err) {
        if (!(err instanceof ApiError) || err.code !== 'RATE_LIMITED' || tries >= RATE_TRIES) throw err;
        await pause(RATE_WAIT_MS);
      }
    }
  };

  let first: CoveredPage;
  try {
    first = await page(null);
  } catch (err) {
    if (err instanceof ApiError) error(STATUS[err.code] ?? 502, err.message);
    throw err;
  }
  const total = first.totalCount;
  const capped = total > EXPORT_CAP;
  const what = ['actors-reached', policyId, query.asOf, ...(capped ? [`first-${EXPORT_CAP}-of-${total}`] : [])];
  const encoder = new TextEncoder();

  // JSON: the same list as one document, its rows as the API answers them, streamed alike.
  const json = url.searchParams.get('format') === 'json';
  const head = json
    ? `{"policyId":${JSON.stringify(policyId)},"asOf":${JSON.stringify(query.asOf)},"includeImplementing":${query.includeImplementing},"region":${JSON.stringify(first.region ?? query.region)},"totalCount":${total},"rowsWritten":${Math.min(total, EXPORT_CAP)},"actors":[\n`
    : coveredCsvHeader();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(head));
      let written = 0;
      let current: CoveredPage | null = first;
      while (current) {
        const edges = current.edges.slice(0, EXPORT_CAP - written);
        const rows = json ? edges.map((e, i) => `${written + i > 0 ? ',\n' : ''}${JSON.stringify(e)}`).join('') : coveredCsvRows(policyId, query.asOf, edges, lang);
        controller.enqueue(encoder.encode(rows));
        written += edges.length;
        if (written >= EXPORT_CAP || !current.pageInfo.hasNextPage) break;
        try {
          current = await page(current.pageInfo.endCursor ?? null);
        } catch (err) {
          // Half a file must not pass for a whole one: the download fails instead.
          controller.error(err);
          return;
        }
      }
      if (json) controller.enqueue(encoder.encode('\n]}\n'));
      controller.close();
    },
  });
  return new Response(body, {
    headers: {
      'content-type': json ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(json ? 'json' : 'csv', what)}"`,
      'x-total-count': String(total),
      'x-rows-written': String(Math.min(total, EXPORT_CAP)),
      'cache-control': 'private, no-store',
    },
  });
};
