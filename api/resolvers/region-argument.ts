import { lookUpRegion, type FoundRegion } from '../../graph/queries/region-lookup.ts';
import { checkText } from '../graphql/arguments.ts';
import type { ApiContext } from '../graphql/context.ts';
import { badUserInput, notFound } from '../graphql/errors.ts';

/**
 * A region argument as people type it (440000, CN-GD, CN-44, 广东, Guangdong) as the code the data
 * uses; a text that names no region, or several alike, is refused in words with what to type.
 */
export async function regionArgument(ctx: ApiContext, argument: string, text: string): Promise<string> {
  return (await regionNamed(ctx, argument, text)).code;
}

/** The same, with the region's names: for an answer that says which region it was filtered by. */
export async function regionNamed(ctx: ApiContext, argument: string, text: string): Promise<FoundRegion> {
  const typed = checkText(argument, text, 60).trim();
  if (typed === '') throw badUserInput(argument, 'is empty: type a region name (广东, Guangdong) or code (440000, CN-GD).');
  const lookup = await lookUpRegion(ctx.graph, typed, ctx.read);
  if (lookup.found) return lookup.found;
  if (lookup.candidates.length === 0) throw notFound(argument, typed, `No region is called "${typed}": type a region name (广东, Guangdong) or code (440000, CN-GD).`);
  const named = lookup.candidates.slice(0, 5).map((r) => `${r.name}${r.nameEn ? ` (${r.nameEn})` : ''} ${r.code}`);
  throw badUserInput(argument, `names several regions: ${named.join('; ')}. Type one of their codes.`, { allowed: lookup.candidates.map((r) => r.code) });
}
