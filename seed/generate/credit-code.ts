import type { Random } from './random.js';

// Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from this alphabet.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
// The embedded organization code (GB 11714) carries its own check character.
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORG_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** 1 registration authority + 1 entity type, e.g. 91 company, 12 public institution (事业单位). */
export type CreditCodePrefix = '91' | '12' | '52';

function orgCodeCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body.charAt(i);
    const v = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55;
    sum += v * ORG_CODE_WEIGHTS[i]!;
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

export function creditCodeCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i]!;
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export function isWellFormedCreditCode(code: string): boolean {
  if (code.length !== 18) return false;
  for (const c of code) if (!ALPHABET.includes(c)) return false;
  return creditCodeCheck(code.slice(0, 17)) === code.charAt(17);
}

/**
 * A fictional but well-formed credit code for an actor registered in `regionCode`. `used`
 * guarantees no two actors share one.
 */
export function creditCode(random: Random, { prefix, regionCode, used }: { prefix: CreditCodePrefix; regionCode: string; used: Set<string> }): string {
  for (;;) {
    let body = '';
    // Organization codes of newer registrations start with a letter or digit; digits keep them readable.
    for (let i = 0; i < 8; i++) body += ORG_CODE_CHARS.charAt(i === 0 ? random.int(1, 9) : random.below(10));
    const first17 = prefix + regionCode + body + orgCodeCheck(body);
    const code = first17 + creditCodeCheck(first17);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}
