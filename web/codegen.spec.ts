import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import webCodegenConfig from './codegen.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'web/lib/api/generated';

describe(`${OUT}/`, () => {
  it('is what `npm run codegen` makes of the schema and the web app’s documents now', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const outputs = (await generate({ ...webCodegenConfig, silent: true }, false)) as { filename: string; content: string }[];
      const made = new Map(outputs.map((o) => [relative(ROOT, join(ROOT, o.filename)), o.content]));
      expect([...made.keys()].sort(), 'run `npm run codegen` and commit the result').toEqual(readdirSync(join(ROOT, OUT)).map((f) => `${OUT}/${f}`).sort());
      for (const [file, content] of made) expect(content, `${file}: run \`npm run codegen\` and commit the result`).toBe(readFileSync(join(ROOT, file), 'utf8'));
    } finally {
      process.chdir(cwd);
    }
  });
});
