import { loadFailure } from '$lib/api/api-error.ts';
import { fetchChainPage, filtersFromSearch } from './chain-queries.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url, fetch }) => {
  // Only the filters are read here: selecting a chain (`chain` in the URL) loads nothing again.
  const filters = filtersFromSearch(url.searchParams);
  try {
    return { filters, firstPage: await fetchChainPage({ filters, fetch }), failure: null };
  } catch (err) {
    return { filters, firstPage: null, failure: loadFailure(err) };
  }
};
