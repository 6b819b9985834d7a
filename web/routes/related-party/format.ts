// Numbers of a rule hit and amounts, written for people.

export function formatAmount(v: number | null | undefined, lang: string): string {
  if (v == null) return '—';
  return new Intl.NumberFormat(lang.startsWith('zh') ? 'zh-CN' : 'en', { maximumFractionDigits: 0 }).format(v);
}

export function formatNumbers(numbers: Record<string, unknown>, lang: string): string {
  return Object.entries(numbers)
    .map(([k, v]) => `${k} ${typeof v === 'number' && /amount/i.test(k) ? formatAmount(v, lang) : String(v)}`)
    .join(' · ');
}

export const percent = (share: number | null | undefined): string => (share == null ? '' : `${Math.round(share * 1000) / 10}%`);
