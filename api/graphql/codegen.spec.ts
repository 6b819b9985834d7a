import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import { PROJECT_ROOT } from '../../graph/config.ts';
import codegenConfig from './codegen.ts';

describe('api/graphql/generated/resolvers-types.ts', () => {
  it('is what `npm run codegen` makes of api/schema.graphql now', async () => {
    const cwd = process.cwd();
    process.chdir(PROJECT_ROOT);
    try {
      const [output] = (await generate({ ...codegenConfig, silent: true }, false)) as { filename: string; content: string }[];
      const committed = readFileSync(join(PROJECT_ROOT, 'api/graphql/generated/resolvers-types.ts'), 'utf8');
      expect(output!.content, 'run `npm run codegen` and commit the result').toBe(committed);
    } finally {
      process.chdir(cwd);
    }
  });
});
