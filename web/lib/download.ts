/** The MIME types the exports write; CSV says UTF-8 so spreadsheets read the Chinese names. */
export const CSV_TYPE = 'text/csv;charset=utf-8';
export const JSON_TYPE = 'application/json';

/** Saves a file the page made (an export) through the browser's download. */
export function download(opts: { name: string; content: Blob | string; type?: string }): void {
  const blob = typeof opts.content === 'string' ? new Blob([opts.content], { type: opts.type }) : opts.content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = opts.name;
  // Firefox follows a link only when it is in the document.
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not now: the download may not have read the blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
