import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { NodeRecord } from '../graph/values';
import { Reads } from '../prefetch/prefetch.extensions';

@ObjectType({ simpleResolvers: true, description: 'A position a person holds in an organization, for a time, as one source states it.' })
export class Position {
  personRecord: NodeRecord;
  organizationRecord: NodeRecord;

  @Field({ description: 'The title as stated by its source.' })
  title: string;

  @Reads('validFrom')
  @Field(() => DateScalar, { nullable: true, description: 'Since when, if known.' })
  from?: string;

  @Reads('validUntil')
  @Field(() => DateScalar, { nullable: true, description: 'Until when, if it has ended.' })
  until?: string;

  @Field(() => [Evidence], { description: 'The quotes that state it.' })
  evidence: Evidence[];
}

/** A HOLDS_POSITION relationship as a Position. */
export function position(person: NodeRecord, organization: NodeRecord, rel: Record<string, unknown> | null): Position {
  return {
    personRecord: person,
    organizationRecord: organization,
    title: rel?.title as string,
    from: (rel?.validFrom as string | undefined) ?? undefined,
    until: (rel?.validUntil as string | undefined) ?? undefined,
    evidence: evidenceOf(rel),
  };
}
