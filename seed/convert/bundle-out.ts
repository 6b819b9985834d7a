import { headerOf } from '../bundle-format.ts';

const HEADERS = new Map<string, string[]>();

/** A bundle row in the contract's column order from cells by name (absent cells are empty). */
export function bundleRow(file: string, cells: Record<string, string | number | undefined>): string[] {
  let header = HEADERS.get(file);
  if (!header) HEADERS.set(file, (header = headerOf(file)));
  return header.map((c) => {
    const v = cells[c];
    return v === undefined ? '' : String(v);
  });
}
