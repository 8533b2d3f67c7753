import patterns from './patterns.json';

/**
 * The extractor's patterns (`patterns.json`), typed and compiled once: event triggers with their event type, CAMEO
 * and PLOVER codes, the words that make an event scheduled, titles, organization words, known organizations, topics
 * and the country names the country data package lacks.
 */

/** An event trigger: a pattern over one sentence and what it stands for. */
export interface EventTrigger {
  name: string;
  type: 'MEETING' | 'SUMMIT' | 'AGREEMENT' | 'SANCTION' | 'LAUNCH' | 'STATEMENT' | 'OTHER';
  pattern: RegExp;
  /** CAMEO code ('' where the codebook has no category). */
  cameo: string;
  /** PLOVER event type ('' where it has none). */
  plover: string;
  codebook: string;
  /** 'date': an event only with a date next to it ("said on Tuesday"). */
  requires?: string;
}

/** An organization the extractor knows by name, with its short forms. */
export interface KnownOrganization {
  name: string;
  aliases: string[];
  orgKind: OrgKind;
  country?: string;
}

/** The organization kinds of the model. */
export type OrgKind = 'GOVERNMENT' | 'MINISTRY' | 'BUREAU' | 'AGENCY' | 'WORKING_GROUP' | 'MEDIA' | 'OTHER';

/** A topic and the words that name it. */
export interface TopicPattern {
  name: string;
  pattern: RegExp;
}

/** Event triggers, in the data file's order. */
export const EVENT_TRIGGERS: readonly EventTrigger[] = patterns.events.map((event) => ({
  ...event,
  type: event.type as EventTrigger['type'],
  pattern: new RegExp(event.pattern, 'giu'),
}));

/** Words that make an event scheduled rather than past ("will", "upcoming", "is set to"). */
export const SCHEDULED = new RegExp(patterns.scheduled, 'iu');

/** Titles, longest first, as one case-insensitive alternation (no groups). */
export const TITLE_WORDS: readonly string[] = [...patterns.titles].sort((a, b) => b.length - a.length);

/** Every word of a title or of the modifiers titles take ("deputy", "nuclear", "envoy"), lower case, without full stops. */
export const TITLE_VOCABULARY: ReadonlySet<string> = new Set(
  [...patterns.titles, ...patterns.titleModifiers]
    .flatMap((title) => title.split(/\s+/u))
    .map((word) => word.replace(/\.$/u, ''))
    .filter((word) => !['of', 'the', 'and', 'for', 'in', 'to'].includes(word)),
);

/** The words a title ends with ("envoy", "secretary", "director-general"): a title needs one. */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  patterns.titles.map((title) => (title.split(/\s+/u).pop() ?? '').replace(/\.$/u, '')),
);

/** Organization head words by kind ("ministry" → MINISTRY). */
export const ORG_WORDS: ReadonlyArray<{ word: string; kind: OrgKind }> = Object.entries(patterns.organizations)
  .flatMap(([kind, words]) => words.map((word) => ({ word, kind: kind as OrgKind })))
  .sort((a, b) => b.word.length - a.word.length);

/** Words that make a place a venue rather than a city ("center", "estate", "palace"). */
export const VENUE_WORDS: ReadonlySet<string> = new Set(patterns.venues);

/** Organizations known by name. */
export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = patterns.knownOrganizations.map((org) => ({
  ...org,
  orgKind: org.orgKind as OrgKind,
}));

/** Topics with their patterns. */
export const TOPICS: readonly TopicPattern[] = patterns.topics.map((topic) => ({
  name: topic.name,
  pattern: new RegExp(topic.pattern, 'giu'),
}));

/** Country names beyond the country data package, by ISO 3166-1 alpha-3 code. */
export const COUNTRY_ALIASES: Readonly<Record<string, string[]>> = Object.fromEntries(
  Object.entries(patterns.countryAliases).filter(([code]) => code !== '$comment') as Array<[string, string[]]>,
);

/** Country names true only when the text also names the country itself ("the North"). */
export const CONTEXTUAL_COUNTRY_ALIASES: ReadonlyArray<{ alias: string; code: string }> = patterns.contextualCountryAliases;

/** A regular expression source matching any of `words` as whole words (escaped, longest first). */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
}
