import { Field, ObjectType } from 'type-graphql';
import { ParticipantRole } from '../common/enums';
import { Claim } from '../common/claim.type';
import { Evidence } from '../common/evidence.type';
import { NodeRecord } from '../graph/values';

@ObjectType({ simpleResolvers: true, description: 'A person taking part in an event: in which role, representing which country, with which title.' })
export class Participation {
  /** The two ends, as loaded with the link (the person and event fields return them). */
  personRecord: NodeRecord;
  eventRecord: NodeRecord;
  /** Id of the represented country; the representing field resolves it. */
  representingId?: string;

  @Field(() => ParticipantRole, { description: 'The part played.' })
  role: ParticipantRole;

  @Field({ nullable: true, description: 'The title as the first source states it (see titles for every claim).' })
  title?: string;

  @Field(() => [Claim], { description: 'Each title the sources give for this participation, with its sources: where they disagree, all are kept.' })
  titles: Claim[];

  @Field(() => [Evidence], { description: 'The quotes that state this participation.' })
  evidence: Evidence[];
}

@ObjectType({ simpleResolvers: true, description: 'A country taking part in an event as a government (hosting it, for example).' })
export class CountryParticipation {
  countryRecord: NodeRecord;
  eventRecord: NodeRecord;

  @Field(() => ParticipantRole, { description: 'The part played.' })
  role: ParticipantRole;

  @Field(() => [Evidence], { description: 'The quotes that state it.' })
  evidence: Evidence[];
}

@ObjectType({ simpleResolvers: true, description: 'A target of a sanction: a country, person or organization, with how many unnamed targets it stands for.' })
export class Targeting {
  targetRecord: NodeRecord;

  @Field({ nullable: true, description: 'How many unnamed targets (e.g. 11 North Korean nationals), when the sources give a number.' })
  count?: number;

  @Field(() => [Evidence], { description: 'The quotes that state it.' })
  evidence: Evidence[];
}

@ObjectType({ simpleResolvers: true, description: 'An organization taking part in an event: a ministry speaking for a statement, an agency that launched something.' })
export class OrganizationParticipation {
  organizationRecord: NodeRecord;
  eventRecord: NodeRecord;

  @Field(() => ParticipantRole, { description: 'The part played.' })
  role: ParticipantRole;

  @Field(() => [Evidence], { description: 'The quotes that state it.' })
  evidence: Evidence[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A topic an event addressed, or was only announced to address (an agenda reported before the event), with the quotes.',
})
export class AgendaItem {
  topicRecord: NodeRecord;

  @Field({ description: 'True while the sources only say it was expected to be addressed, not that it was.' })
  expected: boolean;

  @Field(() => [Evidence], { description: 'The quotes that state it; those that only announce it claim "expected".' })
  evidence: Evidence[];
}
