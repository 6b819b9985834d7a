// Counted nouns in the API's English sentences ("1 trade", "3 trades"), chosen by the language's
// plural rule (Intl.PluralRules, the ICU rules the web's messages use) instead of "trade(s)".
// Chinese sentences need no plural.

const RULES = new Intl.PluralRules('en');

export function countEn(n: unknown, one: string, other: string): string {
  return `${String(n)} ${RULES.select(Number(n)) === 'one' ? one : other}`;
}

/** "once", "twice", "3 times". */
export function timesEn(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}
