import type { Graph } from '../graph/driver.ts';

// What the API and load benches ask about, drawn from the graph at random (seeded) places, so a
// run's requests are spread over the data rather than bunched at its start.

const SLOW = { timeoutMs: 120_000 };

/** `k` ids of `label` nodes at random offsets among its `n`. */
export async function idsAt(graph: Graph, random: () => number, sample: { label: 'Patent' | 'Organization' | 'Person' | 'Transaction'; n: number; k: number }): Promise<string[]> {
  const skips = Array.from({ length: sample.k }, () => Math.floor(random() * Math.max(1, sample.n)));
  const ids: string[] = [];
  for (const skip of skips) {
    const [row] = await graph.read<{ id: string }>(`MATCH (n:${sample.label}) RETURN n.id AS id SKIP toInteger($skip) LIMIT 1`, { skip }, SLOW);
    if (row) ids.push(row.id);
  }
  return ids;
}

/** Search texts people would type, from the patents' titles: two Han characters in a row, an English word or its first four letters. */
export async function searchTextsOf(graph: Graph, random: () => number, patents: readonly string[]): Promise<{ zh: string[]; en: string[] }> {
  const titles = await graph.read<{ title: string; en: string | null }>('UNWIND $ids AS id MATCH (p:Patent {id: id}) RETURN p.title AS title, p.title_en AS en', { ids: patents });
  const zh: string[] = [];
  const en: string[] = [];
  for (const t of titles) {
    const han = [...t.title].filter((c) => /\p{Script=Han}/u.test(c));
    if (han.length >= 2) {
      const i = Math.floor(random() * (han.length - 1));
      zh.push(han[i]! + han[i + 1]!);
    }
    const words = (t.en ?? '').split(/[^A-Za-z]+/).filter((w) => w.length >= 5);
    if (words.length > 0) {
      const w = words[Math.floor(random() * words.length)]!.toLowerCase();
      en.push(random() < 0.5 ? w : w.slice(0, 4));
    }
  }
  return { zh, en };
}
