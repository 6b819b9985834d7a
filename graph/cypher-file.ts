import { readFileSync } from 'node:fs';

/** Loads a `.cypher` file once; callers keep the text in a module constant. */
export function loadCypher(url: URL): string {
  return readFileSync(url, 'utf8');
}

/** Splits a file of statements on `;` at line ends, dropping `//` comment lines. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\r?\n|$)/)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
