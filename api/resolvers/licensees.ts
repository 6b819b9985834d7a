import { industryByName, industryValue, ipcAncestry, ORG_KINDS, type OrgKind } from '../../graph/vocabulary/index.ts';
import { industriesOf } from '../../graph/queries/industries.ts';
import { licenseeEvidenceSources } from '../../graph/queries/licensees/evidence-sources.ts';
import {
  DEFAULT_KINDS,
  holderClasses,
  licenseeCandidates as rankLicensees,
  MAX_FIRST,
  NoPatentsError,
  type CandidateFilters,
  type LicenseeSubject,
  type Ranking,
} from '../../graph/queries/licensees/licensees.ts';
import { checkAllowed, checkId, checkLimit, checkText } from '../graphql/arguments.ts';
import type { ApiContext } from '../graphql/context.ts';
import { badUserInput, notFound } from '../graphql/errors.ts';
import { regionArgument } from './region-argument.ts';
import { findNodeById } from '../../graph/queries/node-by-id.ts';
import { hidesAnything, isHiddenNode } from '../../graph/queries/visibility.ts';
import type { InputMaybe, LicenseeCandidateResolvers, ResolversTypes, LicenseeFilters, LicenseeScorePartResolvers, QueryResolvers } from '../graphql/generated/resolvers-types.ts';

const LANGS = ['zh', 'en'] as const;

function lang(value: string | null | undefined): 'zh' | 'en' {
  return (checkAllowed('lang', value ? [value] : null, LANGS)?.[0] ?? 'zh') as 'zh' | 'en';
}

async function filtersOf(ctx: ApiContext, f: InputMaybe<LicenseeFilters> | undefined): Promise<CandidateFilters> {
  if (!f) return {};
  for (const k of ['minPortfolio', 'maxPortfolio'] as const) {
    const v = f[k];
    if (v != null && v < 0) throw badUserInput(`filters.${k}`, `must be 0 or more, got ${v}.`);
  }
  if (f.minPortfolio != null && f.maxPortfolio != null && f.minPortfolio > f.maxPortfolio) {
    throw badUserInput('filters.maxPortfolio', `must not be below filters.minPortfolio (${f.minPortfolio}), got ${f.maxPortfolio}.`);
  }
  return {
    region: f.region ? await regionArgument(ctx, 'filters.region', f.region) : null,
    // A code or English name of the standard stands for the Chinese name the data holds.
    industry: f.industry?.trim() ? industryValue(checkText('filters.industry', f.industry, 100)) : null,
    minPortfolio: f.minPortfolio ?? null,
    maxPortfolio: f.maxPortfolio ?? null,
  };
}

/** The kinds a candidate may be: enterprises unless the filters name others. */
function kindsOf(f: InputMaybe<LicenseeFilters> | undefined): readonly OrgKind[] {
  return checkAllowed('filters.kinds', f?.kinds ?? null, ORG_KINDS) ?? DEFAULT_KINDS;
}

/**
 * The IPC code a portfolio's prefix names. A prefix that is no IPC code (empty, a word such as
 * "battery") is refused with the subclasses the holder's patents are under, to choose from.
 */
async function ipcPrefixOf(ctx: ApiContext, holderId: string, raw: string): Promise<string> {
  const code = ipcAncestry(checkText('ipcPrefix', raw, 30)).at(-1)?.code;
  if (code && code.length >= 4) return code;
  const classes = await holderClasses(ctx.graph, holderId, ctx.read);
  const offer = classes.length ? `; the holder's patents are under ${classes.map((c) => `${c.code} (${c.patents})`).join(', ')}` : '';
  throw badUserInput('ipcPrefix', `must be an IPC subclass, main group or subgroup such as H01M, H01M 10 or H01M 10/052, got "${raw}"${offer}.`, {
    allowed: classes.map((c) => c.code),
  });
}

function toGraphql(r: Ranking): ResolversTypes['LicenseeCandidate'][] {
  return r.candidates.map((c, i) => ({
    rank: i + 1,
    candidate: { ...c.candidate, industryEn: c.candidate.industry ? (industryByName(c.candidate.industry)?.nameEn ?? null) : null },
    score: c.score,
    reason: c.reason.zh,
    reasonZh: c.reason.zh,
    reasonEn: c.reason.en,
    parts: c.parts.map((p) => ({
      part: p.part,
      value: p.value,
      weight: p.weight,
      contribution: p.contribution,
      explanation: p.explanation.zh,
      explanationZh: p.explanation.zh,
      explanationEn: p.explanation.en,
      counts: p.counts,
    })),
    evidence: c.evidence ?? { nodes: [], edges: [], truncated: false, omitted: null },
  }));
}

export const licenseeCandidates: QueryResolvers['licenseeCandidates'] = async (_parent, args, ctx) =>
  toGraphql(
    await rankLicensees(
      ctx.graph,
      {
        subject: { patentId: checkId('patentId', args.patentId) },
        first: checkLimit('first', args.first, { fallback: 10, cap: MAX_FIRST }),
        filters: await filtersOf(ctx, args.filters),
        kinds: kindsOf(args.filters),
      },
      ctx.read,
    ),
  );

/** A portfolio's subject: its holder seen by the role, its prefix a code of the IPC. */
async function portfolioSubject(ctx: ApiContext, rawHolderId: string, rawPrefix: string): Promise<{ holderId: string; ipcPrefix: string }> {
  const holderId = checkId('holderId', rawHolderId);
  // A holder the role may not see (a person) is not found, exactly as an id no node has, and after
  // the same one read: an unknown id is refused here too, not after the ranking's own reads.
  if (hidesAnything(ctx.caller.visibility)) {
    const holder = await ctx.graph.readTx((run) => findNodeById(run, holderId), ctx.read);
    if (!holder || isHiddenNode(holder.labels, ctx.caller.visibility)) throw notFound('holderId', holderId);
  }
  return { holderId, ipcPrefix: await ipcPrefixOf(ctx, holderId, rawPrefix) };
}

/** Runs a portfolio read, its "no patent under the prefix" said in the argument's terms. */
async function withPortfolio<T>(ipcPrefix: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof NoPatentsError) {
      const classes = err.classes.map((c) => `${c.code} (${c.patents})`).join(', ');
      throw badUserInput(
        'ipcPrefix',
        classes ? `"${ipcPrefix}" matches none of the holder's patents; they are under ${classes}.` : `"${ipcPrefix}" matches none of the holder's patents; it holds none now.`,
        { allowed: err.classes.map((c) => c.code) },
      );
    }
    throw err;
  }
}

export const portfolioLicenseeCandidates: QueryResolvers['portfolioLicenseeCandidates'] = async (_parent, args, ctx) => {
  const subject = await portfolioSubject(ctx, args.holderId, args.ipcPrefix);
  const first = checkLimit('first', args.first, { fallback: 10, cap: MAX_FIRST });
  const filters = await filtersOf(ctx, args.filters);
  return withPortfolio(subject.ipcPrefix, async () => toGraphql(await rankLicensees(ctx.graph, { subject, first, filters, kinds: kindsOf(args.filters) }, ctx.read)));
};

export const licenseeEvidence: QueryResolvers['licenseeEvidence'] = async (_parent, args, ctx) => {
  const byPatent = args.patentId != null;
  const byPortfolio = args.holderId != null || args.ipcPrefix != null;
  if (byPatent === byPortfolio) {
    // Both: the portfolio's argument given beside the patent is the one too many.
    const extra = args.holderId != null ? 'holderId' : 'ipcPrefix';
    throw badUserInput(byPatent ? extra : 'patentId', 'give either patentId, or holderId with ipcPrefix (one subject, as the ranking takes it).');
  }
  let subject: LicenseeSubject;
  if (byPatent) {
    subject = { patentId: checkId('patentId', args.patentId!) };
  } else {
    if (args.holderId == null) throw badUserInput('holderId', 'is needed with ipcPrefix.');
    if (args.ipcPrefix == null) throw badUserInput('ipcPrefix', 'is needed with holderId.');
    subject = await portfolioSubject(ctx, args.holderId, args.ipcPrefix);
  }
  const sources = await withPortfolio('ipcPrefix' in subject ? subject.ipcPrefix : '', () => licenseeEvidenceSources(ctx.graph, subject, ctx.read));
  return sources.map((s) => ({ ...s, missingIn: s.missingIn === null ? null : s.missingIn === 'database' ? 'DATABASE' : 'SUBJECT' }));
};

export const industries: QueryResolvers['industries'] = async (_parent, args, ctx) => {
  // An explicit null asks for every organization's.
  const kind = args.kind == null ? null : (checkAllowed('kind', [args.kind], ORG_KINDS)?.[0] ?? null);
  return industriesOf(ctx.graph, kind, ctx.read);
};

export const LicenseeCandidateFields: LicenseeCandidateResolvers = {
  reason: (parent, args) => (lang(args.lang) === 'en' ? parent.reasonEn : parent.reasonZh),
};

export const LicenseeScorePartFields: LicenseeScorePartResolvers = {
  explanation: (parent, args) => (lang(args.lang) === 'en' ? parent.explanationEn : parent.explanationZh),
};
