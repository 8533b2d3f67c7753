import { Field, ObjectType } from 'type-graphql';
import { ParticipantRole } from '../common/enums';
import { Claim, claimsOf } from '../common/claim.type';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { LinkRow } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Reads } from '../prefetch/prefetch.extensions';

/**
 * The wrappers of link fields (a linked node with its relationship): each is made from a row of the link and the
 * parent node by the function beside it. A field that reads a relationship property of another name says so with
 * @Reads; every other field reads the property of its own name, or (the linked node's field) none.
 */

@ObjectType({
  simpleResolvers: true,
  description: 'A person taking part in an event: in which role, representing which country, with which title.',
})
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

  @Reads('title', 'evidence')
  @Field(() => [Claim], {
    description: 'Each title the sources give for this participation, with its sources: where they disagree, all are kept.',
  })
  titles: Claim[];

  @Field(() => [Evidence], { description: 'The quotes that state this participation.' })
  evidence: Evidence[];
}

/** A PARTICIPATED_IN relationship between a person and an event, as a Participation. */
export function participation(person: NodeRecord, event: NodeRecord, rel: Record<string, unknown> | null): Participation {
  const evidence = evidenceOf(rel);
  return {
    personRecord: person,
    eventRecord: event,
    representingId: (rel?.representing as string | undefined) ?? undefined,
    role: rel?.role as ParticipantRole,
    title: (rel?.title as string | undefined) ?? undefined,
    titles: claimsOf(evidence, rel?.title as string | undefined),
    evidence,
  };
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

/** A country's PARTICIPATED_IN row of an event, as a CountryParticipation. */
export function countryParticipation(row: LinkRow, event: NodeRecord): CountryParticipation {
  return { countryRecord: row.node, eventRecord: event, role: row.rel?.role as ParticipantRole, evidence: evidenceOf(row.rel) };
}

@ObjectType({
  simpleResolvers: true,
  description: 'An organization taking part in an event: a ministry speaking for a statement, an agency that launched something.',
})
export class OrganizationParticipation {
  organizationRecord: NodeRecord;
  eventRecord: NodeRecord;

  @Field(() => ParticipantRole, { description: 'The part played.' })
  role: ParticipantRole;

  @Field(() => [Evidence], { description: 'The quotes that state it.' })
  evidence: Evidence[];
}

/** An organization's PARTICIPATED_IN row of an event, as an OrganizationParticipation. */
export function organizationParticipation(row: LinkRow, event: NodeRecord): OrganizationParticipation {
  return { organizationRecord: row.node, eventRecord: event, role: row.rel?.role as ParticipantRole, evidence: evidenceOf(row.rel) };
}

@ObjectType({
  simpleResolvers: true,
  description: 'A target of a sanction: a country, person or organization, with how many unnamed targets it stands for.',
})
export class Targeting {
  targetRecord: NodeRecord;

  @Field({ nullable: true, description: 'How many unnamed targets (e.g. 11 North Korean nationals), when the sources give a number.' })
  count?: number;

  @Field(() => [Evidence], { description: 'The quotes that state it.' })
  evidence: Evidence[];
}

/** A TARGETS row of a sanction, as a Targeting. */
export function targeting(row: LinkRow): Targeting {
  return { targetRecord: row.node, count: (row.rel?.count as number | undefined) ?? undefined, evidence: evidenceOf(row.rel) };
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

/** An ADDRESSES row as an agenda item: expected while no source has reported the topic addressed. */
export function agendaItem(row: LinkRow): AgendaItem {
  return { topicRecord: row.node, expected: row.rel?.expected === true, evidence: evidenceOf(row.rel) };
}
