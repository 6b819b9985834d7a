import type { RootOperation, Slot } from './schema-arguments.ts';

// A valid value for every argument of every root field, against the small bundle imported under
// `prefix` (tests/fixtures/small-bundle.ts), so that a probe of one argument reaches the code
// behind it with all the others right. Ids and free text name things in the data, so each has an
// entry here; an argument of another kind gets a generic valid value. A new ID or String argument
// without an entry stops the tests with its name.

type Table = Record<string, (p: string) => unknown>;

const BY_ARGUMENT: Table = {
  'Query.search(text)': () => '专利',
  'Query.search(kinds)': () => ['organization', 'patent'],
  'Query.search(first)': () => 5,
  'Query.searchHidden(text)': () => '李华',
  'Query.searchHidden(kinds)': () => ['person', 'patent'],
  // An organization, so that its details' `patents(first)` is there to probe.
  'Query.entity(id)': (p) => `${p}ORG-E3`,
  'Query.neighborhood(id)': (p) => `${p}ORG-E1`,
  'Query.neighborhood(depth)': () => 2,
  'Query.neighborhood(relTypes)': () => ['OWNS', 'OFFICER_OF', 'HOLDS'],
  'Query.neighborhood(labels)': () => ['Organization', 'Person', 'Patent'],
  'Query.neighborhood(limit)': () => 50,
  'Query.paths(from)': (p) => `${p}ORG-E1`,
  'Query.paths(to)': (p) => `${p}ORG-E3`,
  'Query.paths(maxHops)': () => 3,
  'Query.paths(relTypes)': () => ['OWNS', 'OFFICER_OF'],
  'Query.paths(limit)': () => 5,
  'Query.links(ids)': (p) => [`${p}CN113000001A`],
  'Query.links(among)': (p) => [`${p}ORG-U1`, `${p}ORG-E1`, `${p}PER-1`],
  'Query.links(relTypes)': () => ['HOLDS', 'APPLIED_FOR', 'INVENTED'],
  'Query.policyChain(policyId)': (p) => `${p}POL-GD-2022-01`,
  'Query.policiesCovering(actorId)': (p) => `${p}ORG-E1`,
  'Query.actorsCoveredBy(policyId)': (p) => `${p}POL-GD-2022-01`,
  'Query.actorsCoveredBy(kinds)': () => ['enterprise', 'bank'],
  'Query.actorsCoveredBy(region)': (p) => `${p}CN-GD`,
  'Query.actorsCoveredBy(first)': () => 10,
  'Query.actorsCoveredBy(after)': () => undefined,
  'Query.licenseeCandidates(patentId)': (p) => `${p}CN113000001A`,
  'Query.licenseeCandidates(first)': () => 5,
  // One subject: a patent (a portfolio's two arguments left out).
  'Query.licenseeEvidence(patentId)': (p) => `${p}CN113000001A`,
  'Query.licenseeEvidence(holderId)': () => undefined,
  'Query.licenseeEvidence(ipcPrefix)': () => undefined,
  'Query.industries(kind)': () => 'enterprise',
  'Query.portfolioLicenseeCandidates(holderId)': (p) => `${p}ORG-E3`,
  'Query.portfolioLicenseeCandidates(ipcPrefix)': () => 'G06N',
  'Query.portfolioLicenseeCandidates(first)': () => 5,
  'Query.relatedPartyChains(holderId)': (p) => `${p}ORG-E1`,
  'Query.relatedPartyChainPage(holderId)': (p) => `${p}ORG-E1`,
  'Query.relatedPartyChain(id)': (p) => `${p}CN113000001A~${p}TX-1`,
};

/** Arguments of the same name and meaning wherever they appear. */
const BY_NAME: Table = {
  'filters.region': (p) => `${p}CN-ZJ`,
  'filters.industry': () => '数据服务',
  'filters.minPortfolio': () => 0,
  'filters.maxPortfolio': () => 100,
  'filters.kinds': () => ['enterprise', 'university'],
  region: (p) => `${p}CN-GD`,
  since: () => '2020-01-01',
  until: () => '2025-12-31',
  asOf: () => '2024-01-01',
  minRisk: () => 0,
  minAmount: () => 0,
  first: () => 5,
  // A cursor only comes from an earlier page; left out, the first page is asked for.
  after: () => undefined,
  rules: () => ['related_party_trade', 'price_escalation'],
  lang: () => 'en',
};

function generic(slot: Slot): unknown {
  const one = (() => {
    switch (slot.type.leaf) {
      case 'Int':
        return 1;
      case 'Float':
        return 0.5;
      case 'Boolean':
        return true;
      case 'Date':
        return '2024-01-01';
      case 'Enum':
        return slot.type.values[0];
      default:
        throw new Error(`No valid value for ${slot.where} (${slot.type.sdl}): add one to tests/api/helpers/valid-arguments.ts.`);
    }
  })();
  return slot.type.list ? [one] : one;
}

/** A valid value for the slot (undefined: the valid choice is to leave it out). */
export function validValue(slot: Slot, prefix: string): unknown {
  const make = BY_ARGUMENT[slot.where] ?? BY_NAME[slot.name];
  return make ? make(prefix) : generic(slot);
}

/** Valid values for every slot of the operation, by slot `where`. */
export function validValues(op: RootOperation, prefix: string): Map<string, unknown> {
  return new Map(op.slots.map((s) => [s.where, validValue(s, prefix)]));
}
