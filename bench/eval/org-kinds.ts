import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { PROJECT_ROOT } from '../../graph/config.ts';
import { guessOrgKind, type KindGuess } from '../../seed/convert/org-kind.ts';
import { seededRandom } from '../latency.ts';

// `npm run eval -- org-kinds [--sample FILE]`: how well the converters tell an organization's
// kind from its name, on a labelled sample of real names from public lists
// (tests/fixtures/org-kinds/README.md names them): each name as the list writes it, and again
// with one typo (two letters swapped, one dropped, one doubled or one mistyped) in its longest
// word of eight letters or more, where registries' typos are (Univeristy, Insitute). Prints the
// share right by kind and by language, what was told by no word at all, and the names it got wrong.

export const SAMPLE = `${PROJECT_ROOT}/tests/fixtures/org-kinds/sample.csv`;

export interface LabelledName {
  name: string;
  kind: string;
  language: string;
  source: string;
}

export function readSample(file = SAMPLE): LabelledName[] {
  return parse(readFileSync(file), { columns: true, skip_empty_lines: true }) as LabelledName[];
}

const NEIGHBOURS = 'qwertyuiopasdfghjklzxcvbnm';

/** `name` with one typo in its longest Latin word of 8 letters or more; null when it has none. */
export function misspell(name: string, random: () => number): string | null {
  const words = [...name.matchAll(/\p{Script=Latin}{8,}/gu)];
  if (words.length === 0) return null;
  const longest = words.reduce((a, b) => (b[0].length > a[0].length ? b : a));
  const w = longest[0];
  // Not the first letter: people rarely get that wrong, and a word's first letter is what tells it.
  const i = 1 + Math.floor(random() * (w.length - 2));
  const typos = [
    w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2),
    w.slice(0, i) + w.slice(i + 1),
    w.slice(0, i) + w[i] + w.slice(i),
    w.slice(0, i) + NEIGHBOURS[Math.floor(random() * NEIGHBOURS.length)] + w.slice(i + 1),
  ];
  // Two like letters swapped, or a letter mistyped as itself, is no typo: the next way is taken.
  const first = Math.floor(random() * typos.length);
  const typo = [...typos.slice(first), ...typos.slice(0, first)].find((t) => t.toUpperCase() !== w.toUpperCase())!;
  return name.slice(0, longest.index) + typo + name.slice(longest.index! + w.length);
}

interface Tally {
  n: number;
  right: number;
}

const pct = (t: Tally) => (t.n === 0 ? '–' : `${((100 * t.right) / t.n).toFixed(1)} %`);
const add = (m: Map<string, Tally>, key: string, right: boolean) => {
  const t = m.get(key) ?? { n: 0, right: 0 };
  t.n++;
  if (right) t.right++;
  m.set(key, t);
};

export interface KindFigures {
  asWritten: Map<string, Tally>;
  withTypo: Map<string, Tally>;
  byLanguage: Map<string, Tally>;
  toldByNothing: { n: number; enterprises: number };
  wrong: { name: string; guess: KindGuess; kind: string; typo: boolean }[];
}

/** Each name's kind guessed as written and with a typo, against its label. */
export function measure(sample: readonly LabelledName[], seed = 1): KindFigures {
  const random = seededRandom(seed);
  const f: KindFigures = { asWritten: new Map(), withTypo: new Map(), byLanguage: new Map(), toldByNothing: { n: 0, enterprises: 0 }, wrong: [] };
  for (const row of sample) {
    const guess = guessOrgKind(row.name);
    const right = guess.kind === row.kind;
    add(f.asWritten, row.kind, right);
    add(f.asWritten, 'all', right);
    add(f.byLanguage, row.language, right);
    if (!right) f.wrong.push({ name: row.name, guess, kind: row.kind, typo: false });
    if (guess.basis === 'none') {
      f.toldByNothing.n++;
      if (row.kind === 'enterprise') f.toldByNothing.enterprises++;
    }
    const misspelt = misspell(row.name, random);
    if (misspelt === null) continue;
    const typoGuess = guessOrgKind(misspelt);
    const typoRight = typoGuess.kind === row.kind;
    add(f.withTypo, row.kind, typoRight);
    add(f.withTypo, 'all', typoRight);
    if (!typoRight) f.wrong.push({ name: misspelt, guess: typoGuess, kind: row.kind, typo: true });
  }
  return f;
}

export async function evaluate(args: string[]): Promise<void> {
  const at = args.indexOf('--sample');
  const file = at >= 0 ? args[at + 1]! : SAMPLE;
  const sample = readSample(file);
  const f = measure(sample);
  console.log(`\n== org kinds from names (${sample.length} labelled names, ${file.replace(`${PROJECT_ROOT}/`, '')})`);
  console.log(`${'kind'.padEnd(20)}${'names'.padStart(7)}${'as written'.padStart(12)}${'with a typo'.padStart(13)}${'(names)'.padStart(9)}`);
  for (const kind of [...[...f.asWritten.keys()].filter((k) => k !== 'all').sort(), 'all']) {
    const a = f.asWritten.get(kind)!;
    const t = f.withTypo.get(kind) ?? { n: 0, right: 0 };
    console.log(`${kind.padEnd(20)}${String(a.n).padStart(7)}${pct(a).padStart(12)}${pct(t).padStart(13)}${String(t.n).padStart(9)}`);
  }
  console.log(`by language, as written: ${[...f.byLanguage].sort((a, b) => b[1].n - a[1].n).map(([l, t]) => `${l} ${pct(t)} (${t.n})`).join(', ')}`);
  console.log(`told by no kind word nor legal form (made enterprises): ${f.toldByNothing.n} names, ${f.toldByNothing.enterprises} of them enterprises`);
  const shown = f.wrong.slice(0, 40);
  console.log(`wrong (${f.wrong.length}${f.wrong.length > shown.length ? `, first ${shown.length}` : ''}):`);
  for (const w of shown) console.log(`  ${w.typo ? 'typo ' : '     '}${w.name} → ${w.guess.kind}${w.guess.word ? ` (${w.guess.word})` : ''}, is ${w.kind}`);
}
