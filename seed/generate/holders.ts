import type { Organization } from './organizations.js';
import { personId, type PersonLayout } from './persons.js';

/**
 * Patent holders, owners and trading parties share one integer space: organizations first, then
 * persons (index = organization count + person index), so typed arrays can hold either.
 */
export class Holders {
  readonly orgCount: number;
  private readonly founded: Float64Array;

  constructor(
    readonly orgs: readonly Organization[],
    readonly persons: PersonLayout,
  ) {
    this.orgCount = orgs.length;
    this.founded = Float64Array.from(orgs, (o) => o.founded);
  }

  ofPerson(person: number): number {
    return this.orgCount + person;
  }

  isPerson(holder: number): boolean {
    return holder >= this.orgCount;
  }

  org(holder: number): Organization | undefined {
    return holder < this.orgCount ? this.orgs[holder] : undefined;
  }

  id(holder: number): string {
    return holder < this.orgCount ? this.orgs[holder]!.id : personId(this.persons, holder - this.orgCount);
  }

  /** The day from which the holder can act: an organization's founding, any day for a person. */
  existsFrom(holder: number): number {
    return holder < this.orgCount ? this.founded[holder]! : Number.NEGATIVE_INFINITY;
  }
}
