export const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

export const rate = (count: number, seconds: number): string => fmt(count / Math.max(seconds, 1e-3)).padStart(11);

