// The IPC prefix rule of ipc-key.cypher in TypeScript, for the page's explanations and the specs
// that pin the rule down. Coverage prefixes are normalised at import (upper case, one space before
// the group: "h01m10/052" → "H01M 10/052"); patents' symbols are normalised the same way.

/** What a symbol must start with to fall under `prefix` (already normalised). */
export function ipcPrefixKey(prefix: string): string {
  if (/^[A-H]\d{2}[A-Z] \d+\/0+$/.test(prefix)) return `${prefix.split('/')[0]}/`;
  if (/^[A-H]\d{2}[A-Z] \d+$/.test(prefix)) return `${prefix}/`;
  return prefix;
}

export function ipcUnderPrefix(symbol: string, prefix: string): boolean {
  return symbol === prefix || symbol.startsWith(ipcPrefixKey(prefix));
}
