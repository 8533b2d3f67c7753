import { Field, ObjectType } from 'type-graphql';
import { Evidence } from './evidence.type';

@ObjectType({ simpleResolvers: true, description: 'One value of a field as a set of sources state it; where sources disagree, each claim is listed.' })
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
