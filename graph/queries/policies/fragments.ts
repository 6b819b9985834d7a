import { loadCypher, loadStatement } from '../../cypher-file.ts';

// The coverage rules written once in Cypher and spliced into every query that needs them, so
// policiesCovering and actorsCoveredBy cannot drift apart.

const IN_FORCE = loadStatement(new URL('./in-force.cypher', import.meta.url));
const IPC_KEY = loadStatement(new URL('./ipc-key.cypher', import.meta.url));

const VARIABLE = /^[a-z][A-Za-z0-9]*$/;

/** Replaces `{{IN_FORCE v}}` and `{{IPC_KEY v}}` with the rule applied to variable `v`. */
export function withCoverageRules(cypher: string): string {
  return cypher.replace(/\{\{(IN_FORCE|IPC_KEY) ([A-Za-z0-9]+)\}\}/g, (_m, name: string, v: string) => {
    if (!VARIABLE.test(v)) throw new Error(`not a Cypher variable: ${v}`);
    const body = name === 'IN_FORCE' ? IN_FORCE.replaceAll('{{POL}}', v) : IPC_KEY.replaceAll('{{PREFIX}}', v);
    return `(${body})`;
  });
}

export function loadPolicyCypher(file: string): string {
  return withCoverageRules(loadCypher(new URL(`./${file}`, import.meta.url)));
}

/** Today as YYYY-MM-DD (UTC): the default "as of" date. */
export const today = (): string => new Date().toISOString().slice(0, 10);
