import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { Evidence } from '../common/evidence.type';
import { NodeRecord } from '../graph/values';

@ObjectType({ simpleResolvers: true, description: 'A position a person holds in an organization, for a time, as one source states it.' })
export class Position {
  personRecord: NodeRecord;
  organizationRecord: NodeRecord;

  @Field({ description: 'The title as stated by its source.' })
  title: string;

  @Field(() => DateScalar, { nullable: true, description: 'Since when, if known.' })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until when, if it has ended.' })
  until?: string;

  @Field(() => [Evidence], { description: 'The quotes that state it.' })
  evidence: Evidence[];
}
