import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { SCHEMA_FILES } from '../graphql/schema-files.ts';
import { redactionResolvers } from './redaction.ts';

// Every place in the schema a node can appear, with how it is kept from a caller who may not see
// it. A new place fails this test until it is added here with its reason (and its guard).

const REVIEWED: Record<string, string> = {
  'Subgraph.nodes': 'redacted for every caller (redaction.ts, Subgraph resolvers)',
  'EntityDetails.node': 'entity() refuses a hidden node with FORBIDDEN',
  'PatentDetails.applicants': 'redactPatentDetails drops persons',
  'PatentDetails.inventors': 'redactPatentDetails drops persons',
  'PatentDetails.citationsOut': 'patents only',
  'PatentDetails.citationsIn': 'patents only',
  'HolderPeriod.holder': 'nullable: null for a hidden holder',
  'TransactionSummary.from': 'nullable, TransactionSummary resolver',
  'TransactionSummary.to': 'nullable, TransactionSummary resolver',
  'TransactionSummary.patents': 'patents only',
  'TransactionSummary.platform': 'an organization',
  'OrganizationDetails.regions': 'regions only',
  'OrganizationDetails.patents': 'patents only',
  'Shareholding.owner': 'owners and holdings are emptied below supervisor',
  'Shareholding.company': 'owners and holdings are emptied below supervisor',
  'Officer.person': 'officers are emptied below supervisor',
  'Officer.organization': 'officers are emptied below supervisor',
  'PolicyDetails.issuer': 'an agency',
  'CoverageScope.regions': 'regions only',
  'CoverageScope.organizations': 'organizations only (coverage names organizations)',
  'PolicyChain.root': 'a policy',
  'PolicyChainItem.policy': 'a policy',
  'PolicyRelation.policy': 'a policy',
  'TracedPolicy.node': 'a policy',
  'PolicyCoverage.chain': 'policies only',
  'CoveredActorEdge.node': 'organizations only (the tracer covers organizations)',
};

const schema = buildSchema(SCHEMA_FILES.map((f) => readFileSync(f, 'utf8')).join('\n'));

describe('where nodes appear in answers', () => {
  it('is every place reviewed for what a role may not see', () => {
    const places: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Query') continue;
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === 'GraphNode') places.push(`${type.name}.${field.name}`);
      }
    }
    expect(places.sort()).toEqual(Object.keys(REVIEWED).sort());
  });

  it('passes every subgraph, node and edge through the redaction resolvers', () => {
    expect(Object.keys(redactionResolvers.Subgraph ?? {}).sort()).toEqual(['edges', 'hidden', 'nodes']);
    expect(Object.keys(redactionResolvers.GraphNode ?? {})).toContain('properties');
    expect(Object.keys(redactionResolvers.GraphEdge ?? {})).toContain('properties');
  });
});
