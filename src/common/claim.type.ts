import { Field, ObjectType } from 'type-graphql';
import { Evidence } from './evidence.type';

@ObjectType({
  simpleResolvers: true,
  description: 'One value of a field as a set of sources state it; where sources disagree, each claim is listed.',
})
export class Claim {
  @Field({ description: 'The value as stated.' })
  value: string;

  @Field(() => [Evidence], { description: 'The sources and words that state it.' })
  evidence: Evidence[];
}

/** Groups evidence by the value it claims, in order of first appearance. */
export function claimsOf(evidence: Evidence[], fallback?: string | null): Claim[] {
  const claims = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const value = item.claim ?? fallback;
    if (!value) continue;
    claims.set(value, [...(claims.get(value) ?? []), item]);
  }
  return [...claims].map(([value, items]) => ({ value, evidence: items }));
}

/** One source's claim of one value, with that source's quotes for it. */
export interface SourceClaim {
  sourceId: string;
  value: string;
  evidence: Evidence[];
}

/**
 * Groups evidence by source and by the value each quote claims (`valueOf`), in order of first appearance; quotes
 * that claim nothing are left out. Each source's claim is its own, however many sources give the same value.
 */
export function claimsBySource(evidence: Evidence[], valueOf: (item: Evidence) => string | undefined): SourceClaim[] {
  const claims = new Map<string, SourceClaim>();
  for (const item of evidence) {
    const value = valueOf(item);
    if (!value) continue;
    const key = JSON.stringify([item.sourceId, value]);
    const claim = claims.get(key) ?? { sourceId: item.sourceId, value, evidence: [] };
    claim.evidence.push(item);
    claims.set(key, claim);
  }
  return [...claims.values()];
}
