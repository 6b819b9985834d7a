import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../graph/config.ts';
import { API_NODE_FLAGS } from './api-process.ts';

describe('the API process the benches start', () => {
  it('runs with the Node flags of `npm run api` and `npm start`, so its figures are theirs', () => {
    const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const script of ['api', 'start']) expect(scripts[script]!.split(/\s+/), script).toEqual(expect.arrayContaining(API_NODE_FLAGS));
  });
});
