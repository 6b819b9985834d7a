import { PLANTED_LABEL, PLANTED_PROPERTY } from './database-fingerprint.ts';

// Strings an attacker or a careless client sends in place of an id, a name or a filter value.
// The Cypher ones write nodes and properties that database-fingerprint.ts looks for, so one that
// got through would show even where it did not change the canary nodes.

export interface Payload {
  label: string;
  value: string;
  /** Sent in the query text too, not only as a variable. */
  literal?: boolean;
}

const L = PLANTED_LABEL;
const P = PLANTED_PROPERTY;

/** Payloads that carry the test's own id prefix, so they come close to real ids. */
export function payloads(prefix: string): Payload[] {
  const cypher: [string, string][] = [
    ['quote or', `' OR 1=1 //`],
    ['double quote or', `" OR 1=1 //`],
    ['close map and delete', `"}) MATCH (n) DETACH DELETE n //`],
    ['close quote and delete', `'}) MATCH (n) DETACH DELETE n //`],
    ['backtick delete', 'x` ) DETACH DELETE n //'],
    ['backtick create', `x\`) CREATE (:${L}) //`],
    ['quote create', `'}) CREATE (:${L} {by: 'quote'}) RETURN 1 //`],
    ['quote set', `' OR 1=1 SET n.${P} = true //`],
    ['union set', `x' UNION MATCH (n) SET n.${P} = true RETURN n //`],
    ['statement after semicolon', `x'; MATCH (n) DETACH DELETE n; //`],
    ['with create', `\`) WITH 1 AS x CREATE (:${L}) //`],
    ['real id then injection', `${prefix}ORG-E1' OR '1'='1`],
    ['real id then set', `${prefix}ORG-E1"}) SET n.${P} = 1 //`],
    ['procedure', `CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})`],
    ['dbms procedure', 'CALL dbms.components() YIELD name RETURN name'],
    ['load csv', `LOAD CSV FROM 'file:///etc/passwd' AS l CREATE (:${L} {l: l})`],
    ['comment', '/* */ MATCH (n) RETURN n //'],
    ['parameter', '$param'],
    ['parameter of the query', '$id'],
    ['empty map', '{}'],
    ['map', `{id: '${prefix}ORG-E1'}`],
    ['list', `['${prefix}ORG-E1']`],
  ];
  const names: [string, string][] = [
    ['label', 'Person'],
    ['relationship type', 'OWNS'],
    ['label with backtick', 'Patent`:Person'],
    ['label and colon', 'Patent:Person'],
    ['type alternation', 'APPLIED_FOR|OWNS'],
    ['variable length', 'OWNS*1..10'],
    ['star', '*'],
    ['bookkeeping label', 'ImportRun'],
    ['planted label', L],
    ['introspection name', '__typename'],
  ];
  const lucene: [string, string][] = [
    ['lucene all', '*:*'],
    ['lucene field', 'title:*'],
    ['lucene operators', 'a AND b OR NOT c'],
    ['lucene open quote', '"unterminated'],
    ['lucene open paren', '('],
    ['lucene range', '[a TO z]'],
    ['lucene fuzzy', 'a~0.5'],
    ['lucene regex', '/.*/'],
    ['lucene specials', '+-&&||!(){}[]^"~*?:\\/'],
    ['backslash', '\\'],
    ['percent', '%'],
    ['regex', '.*'],
  ];
  const text: [string, string][] = [
    ['empty', ''],
    ['space', ' '],
    ['NUL', '\u0000'],
    ['NUL inside', `${prefix}ORG-E1\u0000`],
    ['control characters', '\u0001\u0007\b\f\n\r\t\u001b[31m'],
    ['right-to-left override', '\u202eORG-E1'],
    ['zero-width and BOM', '\u200b\u200d\ufeff'],
    ['emoji sequence', '👩‍👩‍👧‍👦🏳️‍🌈'],
    ['combining marks', 'e\u0301\u0301\u0301\u0301'],
    ['lone surrogate', '\ud800'],
    ['astral plane', '\u{10FFFF}\u{1D11E}'],
    ['fullwidth quote', '＇ OR １=１ －－'],
    ['Chinese', '专利 许可'],
    ['date-like', '2024-02-30'],
    ['number-like', '-1e309'],
    ['path', '../../etc/passwd'],
    ['html', '<script>alert(1)</script>'],
    ['cursor-like', Buffer.from('rpc:-1').toString('base64url')],
    ['huge number cursor', Buffer.from('rpc:99999999999999999999999').toString('base64url')],
    ['201 characters', 'x'.repeat(201)],
    ['10 000 characters', '专'.repeat(10_000)],
    ['55 000 characters', `' OR 1=1 //`.repeat(5_000)],
  ];
  const literal = new Set(['quote or', 'close map and delete', 'backtick delete', 'quote create', 'union set', 'parameter', 'type alternation', 'label with backtick', 'NUL', 'lone surrogate', 'lucene specials', 'control characters']);
  return [...cypher, ...names, ...lucene, ...text].map(([label, value]) => ({ label, value, literal: literal.has(label) }));
}

/** Over the request body limit: refused before anything is parsed. */
export const OVERSIZED = 'x'.repeat(1024 * 1024);
