import { readFileSync } from 'node:fs';

/** Loads a `.cypher` file once; callers keep the text in a module constant. */
export function loadCypher(url: URL): string {
  return readFileSync(url, 'utf8');
}

/** Drops `//` comment lines, so the text can be spliced into a longer statement. */
export function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}

/** Loads a `.cypher` file without its comment lines. */
export function loadStatement(url: URL): string {
  return withoutComments(loadCypher(url));
}

/** Splits a file of statements on `;` at line ends, dropping `//` comment lines. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\r?\n|$)/)
    .map(withoutComments)
    .filter((s) => s.length > 0);
}
