import { guardRootFields, rootFieldAccess } from '../access/field-roles.ts';
import { redactionResolvers } from '../access/redaction.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import { DateScalar, JsonScalar } from '../graphql/scalars.ts';
import { entity, EntityDetails, OrganizationDetails } from './entity.ts';
import { industries, licenseeCandidates, LicenseeCandidateFields, licenseeEvidence, LicenseeScorePartFields, portfolioLicenseeCandidates } from './licensees.ts';
import { links } from './links.ts';
import { neighborhood } from './neighborhood.ts';
import { paths } from './paths.ts';
import { policyChain, PolicyChainFields } from './policy-chain.ts';
import { actorsCoveredBy, policiesCovering } from './policies.ts';
import { relatedPartyChain, relatedPartyChainPage, relatedPartyChains, relatedPartySettings } from './related-party.ts';
import { search, searchHidden } from './search.ts';
import { session } from './session.ts';
import { stats } from './stats.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  JSON: JsonScalar,
  Query: { search, searchHidden, entity, neighborhood, paths, links, policyChain, stats, session, policiesCovering, actorsCoveredBy, industries, licenseeCandidates, licenseeEvidence, portfolioLicenseeCandidates, relatedPartyChains, relatedPartyChainPage, relatedPartyChain, relatedPartySettings },
  EntityDetails,
  OrganizationDetails,
  PolicyChain: PolicyChainFields,
  LicenseeCandidate: LicenseeCandidateFields,
  LicenseeScorePart: LicenseeScorePartFields,
  ...redactionResolvers,
};

/** The resolvers with every root field behind the role its schema `@access` directive names. */
export function guardedResolvers(typeDefs: readonly string[]): Resolvers {
  return { ...resolvers, Query: guardRootFields(resolvers.Query!, rootFieldAccess(typeDefs)) };
}
