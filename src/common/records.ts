import { claimsOf } from './claim.type';
import { evidenceOf } from './evidence.type';
import { NodeRecord } from '../graph/values';
import { LinkRow } from '../graph/loaders';
import { AgendaItem, CountryParticipation, OrganizationParticipation, Participation, Targeting } from '../event/participation.type';
import { Position } from '../person/position.type';
import { EntityKind } from './enums';

/** Node records are returned to GraphQL as they are; this only narrows a record to one kind (else null). */
export function ofKind(record: NodeRecord | null | undefined, kind: EntityKind): NodeRecord | null {
  return record && record.kind === kind ? record : null;
}

/** A PARTICIPATED_IN link between a person and an event, as a Participation. */
export function participation(person: NodeRecord, event: NodeRecord, rel: Record<string, unknown>): Participation {
  const evidence = evidenceOf(rel);
  return {
    personRecord: person,
    eventRecord: event,
    representingId: (rel.representing as string | undefined) ?? undefined,
    role: rel.role as Participation['role'],
    title: (rel.title as string | undefined) ?? undefined,
    titles: claimsOf(evidence, rel.title as string | undefined),
    evidence,
  };
}

export function countryParticipation(country: NodeRecord, event: NodeRecord, rel: Record<string, unknown>): CountryParticipation {
  return { countryRecord: country, eventRecord: event, role: rel.role as CountryParticipation['role'], evidence: evidenceOf(rel) };
}

export function organizationParticipation(organization: NodeRecord, event: NodeRecord, rel: Record<string, unknown>): OrganizationParticipation {
  return { organizationRecord: organization, eventRecord: event, role: rel.role as OrganizationParticipation['role'], evidence: evidenceOf(rel) };
}

/** An ADDRESSES link as an agenda item: expected while no source has reported the topic addressed. */
export function agendaItem(row: LinkRow): AgendaItem {
  return { topicRecord: row.node, expected: row.rel?.expected === true, evidence: evidenceOf(row.rel) };
}

export function targeting(row: LinkRow): Targeting {
  return { targetRecord: row.node, count: (row.rel?.count as number | undefined) ?? undefined, evidence: evidenceOf(row.rel) };
}

/** A HOLDS_POSITION link as a Position. */
export function position(person: NodeRecord, organization: NodeRecord, rel: Record<string, unknown>): Position {
  return {
    personRecord: person,
    organizationRecord: organization,
    title: rel.title as string,
    from: (rel.validFrom as string | undefined) ?? undefined,
    until: (rel.validUntil as string | undefined) ?? undefined,
    evidence: evidenceOf(rel),
  };
}
