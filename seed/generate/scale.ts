/** How many of each thing a bundle of a given scale holds (scale 1 ≈ 20 000 patents). */
export interface Counts {
  patents: number;
  persons: number;
  universities: number;
  institutes: number;
  enterprises: number;
  platforms: number;
  serviceOrgs: number;
  banks: number;
  /** Company groups with a common controller. */
  groups: number;
  /** Background transactions, before planted chains, look-alikes and pledge releases are added. */
  transactions: number;
  plantedChains: number;
  lookAlikes: number;
}

const atLeast = (min: number, n: number): number => Math.max(min, Math.round(n));

export function countsFor(scale: number): Counts {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`scale must be a positive number, got ${scale}`);
  // Universities, platforms and banks grow slower than enterprises: a bigger economy has more
  // companies, not proportionally more universities.
  const slow = Math.sqrt(scale);
  const universities = Math.min(200, atLeast(3, 40 * slow));
  const institutes = Math.min(300, atLeast(2, 30 * slow));
  const platforms = Math.min(120, atLeast(2, 10 * slow));
  const serviceOrgs = atLeast(2, 25 * slow);
  const banks = Math.min(240, atLeast(3, 16 * slow));
  const others = universities + institutes + platforms + serviceOrgs + banks;
  const enterprises = atLeast(30, 1000 * scale - others - 22);
  const plantedChains = atLeast(3, 35 * Math.pow(scale, 0.8));
  return {
    patents: atLeast(50, 20_000 * scale),
    persons: atLeast(120, 4_000 * scale),
    universities,
    institutes,
    enterprises,
    platforms,
    serviceOrgs,
    banks,
    groups: atLeast(3, 40 * Math.pow(scale, 0.9)),
    transactions: atLeast(40, 5_300 * scale),
    plantedChains,
    // More look-alikes than planted chains, so each kind has several to be ranked below them.
    lookAlikes: Math.round(plantedChains * 1.5),
  };
}
