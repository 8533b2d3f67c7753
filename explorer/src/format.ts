import { CONTENT_MARK } from '../../src/explore/marks';
import type { Labelled } from './model';

/** The explorer's address of a node's page: /explore/<kind>/<id>, the kind being the id's prefix. */
export function pageUrl(id: string): string {
  const kind = id.slice(0, id.indexOf(':'));
  return `/explore/${kind}/${encodeURIComponent(id).replace(/%3A/g, ':')}`;
}

/** A node's kind from its id (`person:lee-joon-il` is a person). */
export function kindOfId(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

/** The name a link shows: a name, else a title, else the id. */
export function labelOf(node: Labelled): string {
  return node.name ?? node.title ?? node.id;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date at its precision: "7 December 2023", "December 2023", "2023", "week of 4 December 2023"; "undated". */
export function formatDate(date: string | null | undefined, precision = 'DAY'): string {
  if (!date) return 'undated';
  const [year, month, day] = date.split('-').map(Number);
  const monthName = MONTHS[month - 1] ?? '';
  switch (precision) {
    case 'YEAR':
      return String(year);
    case 'MONTH':
      return `${monthName} ${year}`;
    case 'WEEK':
      return `week of ${day} ${monthName} ${year}`;
    default:
      return `${day} ${monthName} ${year}`;
  }
}

/** An enum value in words: SHARED_PARTICIPANT -> "shared participant", ATTENDEE -> "attendee". */
export function words(value: string | null | undefined): string {
  return (value ?? '').toLowerCase().replace(/_/g, ' ');
}

/** An enum value as a label: MEETING -> "Meeting". */
export function capitalized(value: string | null | undefined): string {
  const text = words(value);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why two events are related, in words, naming what they share: "same participants: Jung Pak, Lee Joon-il". */
export function reasonText(kind: string, via: Labelled[]): string {
  const names = via.map(labelOf).join(', ');
  const phrase: Record<string, string> = {
    FOLLOWS_UP: 'this event follows it up',
    FOLLOWED_BY: 'follows up this event',
    SHARED_PARTICIPANT: 'same participants',
    SHARED_COUNTRY: 'same countries',
    SHARED_TOPIC: 'shared topic',
    SAME_SOURCE: 'reported by the same source',
    NEAR_IN_TIME: 'near in time',
  };
  const text = phrase[kind] ?? words(kind);
  return names ? `${text}: ${names}` : text;
}

/**
 * A relationship in words, read from the page's node: outgoing PARTICIPATED_IN from a person is "took part in",
 * incoming to an event "participants". Unknown types read as their name.
 */
export function relationPhrase(type: string, outgoing: boolean): string {
  const phrases: Record<string, [string, string]> = {
    PARTICIPATED_IN: ['took part in', 'participants'],
    HOLDS_POSITION: ['holds a position in', 'people with positions here'],
    PART_OF: ['part of', 'parts'],
    HELD_IN: ['held in', 'events held here'],
    IN_COUNTRY: ['in country', 'places in this country'],
    ESTABLISHED: ['established', 'established by'],
    FOLLOWS_UP: ['follows up', 'followed up by'],
    ADDRESSES: ['addresses', 'addressed by'],
    IMPOSED_BY: ['imposed by', 'imposed'],
    TARGETS: ['targets', 'targeted by'],
    PRECEDED_BY: ['came after', 'came before'],
    ANNOUNCED: ['announced', 'announced by'],
    ABOUT: ['is about', 'statements about it'],
    WRITTEN_BY: ['written by', 'wrote'],
    PUBLISHED_BY: ['published by', 'published'],
    REPUBLISHED_BY: ['republished by', 'republished'],
    MENTIONS: ['mentions', 'mentioned by'],
  };
  const pair = phrases[type];
  return pair ? pair[outgoing ? 0 : 1] : `${words(type)}${outgoing ? '' : ' (from)'}`;
}

/** Marks the main content as shown, once per page load. */
export function markContentShown(): void {
  if (performance.getEntriesByName(CONTENT_MARK).length === 0) performance.mark(CONTENT_MARK);
}
