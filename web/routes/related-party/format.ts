// Amounts and shares, written for people.

export function formatAmount(v: number | null | undefined, lang: string): string {
  if (v == null) return '—';
  return new Intl.NumberFormat(lang.startsWith('zh') ? 'zh-CN' : 'en', { maximumFractionDigits: 0 }).format(v);
}

export const percent = (share: number | null | undefined): string => (share == null ? '' : `${Math.round(share * 1000) / 10}%`);
