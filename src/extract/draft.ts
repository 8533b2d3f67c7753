import { slugify } from '../common/names';
import { ARTICLE_REF, INGEST_LIMITS } from '../ingest/limits';
import { TextContext } from './context';
import { countryOf } from './gazetteer';
import { ExtractedEvent, Participant } from './events';
import { Organization } from './organizations';
import { Person, Span } from './people';
import { Place, TopicMention } from './places';
import { occurrenceAt, Sentence } from './text';

/**
 * The draft: what extraction found, written as an `ArticleInput` (the format `ingestArticle` and `npm run ingest`
 * take), with a review entry for every entity, event and relation (its confidence and the rule and signals that
 * produced it). Every quote is a span of the text, with the occurrence the ingester must find.
 */

/** A quote in the ingestion format. */
export interface DraftQuote {
  quote: string;
  occurrence?: number;
  supports?: string;
}

/** An item of the review: what produced a ref (or `relations[i]`) and how sure the extractor is. */
export interface ReviewItem {
  ref: string;
  kind: string;
  confidence: number;
  rule: string;
  signals: string[];
}

/** The article fields the caller gives beside the text. */
export interface SourceFields {
  text: string;
  publishedAt: string;
  url?: string;
  title?: string;
  publisher?: string;
}

/** What extraction found, to be written as a draft. */
export interface Findings {
  people: Person[];
  organizations: Organization[];
  places: Place[];
  topics: TopicMention[];
  events: ExtractedEvent[];
}

/** An entity of the draft, as `EntityInput` takes it. */
export interface DraftEntity {
  ref: string;
  kind: string;
  id?: string;
  code?: string;
  name?: string;
  aliases?: string[];
  contextualAliases?: string[];
  nativeNames?: string[];
  orgKind?: string;
  placeKind?: string;
  evidence?: DraftQuote[];
}

/** An event of the draft, as `EventInput` takes it. */
export interface DraftEvent {
  ref: string;
  title: string;
  type: string;
  status?: string;
  date?: string;
  datePrecision?: string;
  dateText?: string;
  summary?: string;
  plover?: string;
  cameoCode?: string;
  evidence: DraftQuote[];
}

/** A relation of the draft, as `RelationInput` takes it. */
export interface DraftRelation {
  type: string;
  from: string;
  to: string;
  role?: string;
  representing?: string;
  title?: string;
  count?: number;
  expected?: boolean;
  evidence: DraftQuote[];
}

/** The draft and its review. `draft` is plain JSON: an ArticleInput. */
export interface Draft {
  draft: {
    source: { title: string; publisher?: string; author?: string; url?: string; publishedAt: string; text: string };
    entities: DraftEntity[];
    events: DraftEvent[];
    relations: DraftRelation[];
  };
  review: { items: ReviewItem[]; notes: string[] };
}

const ZONE_ORDER: Record<string, number> = { body: 0, headline: 1, caption: 2, byline: 3, furniture: 4 };
const MAX_QUOTES = 4;

/** Writes the findings as an ArticleInput with its review. */
export function writeDraft(context: TextContext, source: SourceFields, findings: Findings): Draft {
  const items: ReviewItem[] = [];
  const notes: string[] = [];
  const entities: DraftEntity[] = [];
  const events: DraftEvent[] = [];
  const relations: DraftRelation[] = [];
  const usedRefs = new Set<string>([ARTICLE_REF]);
  const newRef = (prefix: string, name: string) => {
    const base = `${prefix}-${slugify(name, 40) || 'item'}`;
    let ref = base;
    for (let count = 2; usedRefs.has(ref); count += 1) ref = `${base}-${count}`;
    usedRefs.add(ref);
    return ref;
  };
  const quote = (spanOf: Span, supports?: string): DraftQuote => {
    const text = spanOf.text.slice(0, INGEST_LIMITS.quoteLength).trim();
    const start = spanOf.start + spanOf.text.indexOf(text);
    const occurrence = occurrenceAt(context.text, text, start);
    return { quote: text, ...(occurrence > 1 ? { occurrence } : {}), ...(supports ? { supports } : {}) };
  };
  const zoneOf = (spanOf: Span) => context.sentenceAt(spanOf.start)?.zone ?? 'body';
  const quotes = (spans: Span[]) =>
    dedupe([...spans].sort((a, b) => ZONE_ORDER[zoneOf(a)] - ZONE_ORDER[zoneOf(b)] || a.start - b.start))
      .slice(0, MAX_QUOTES)
      .map((item) => quote(item));
  const relate = (
    relation: Omit<DraftRelation, 'evidence' | 'to' | 'from'> & { from?: string; to?: string },
    evidence: Span[],
    confidence: number,
    rule: string,
    signals: string[] = [],
  ) => {
    if (!relation.from || !relation.to) return;
    const index = relations.length;
    relations.push({ ...relation, from: relation.from, to: relation.to, evidence: quotes(evidence) });
    items.push({ ref: `relations[${index}]`, kind: String(relation.type), confidence: round(confidence), rule, signals });
  };

  // Countries: every one the story names (a capital after "in" or "at" is a place, not a government).
  const countryRefs = new Map<string, string>();
  const countryMentions = context.countries.filter((mention) => {
    const zone = context.sentenceAt(mention.start)?.zone;
    if (!zone || !['headline', 'caption', 'body'].includes(zone)) return false;
    return !(
      mention.form === 'capital' && /\b(?:in|at|near|to)\s+$/iu.test(context.text.slice(Math.max(0, mention.start - 6), mention.start))
    );
  });
  const countryRef = (code: string, fallback?: Span): string | undefined => {
    const known = countryRefs.get(code);
    if (known) return known;
    const country = countryOf(code);
    const mentions = countryMentions.filter((mention) => mention.code === code);
    const evidence = mentions.length > 0 ? mentions : fallback ? [fallback] : [];
    if (!country || evidence.length === 0) return undefined;
    const ref = code.toLowerCase();
    usedRefs.add(ref);
    countryRefs.set(code, ref);
    const byForm = [...evidence].sort((a, b) => Number('form' in b && b.form === 'name') - Number('form' in a && a.form === 'name'));
    entities.push({ ref, kind: 'COUNTRY', code, name: country.name, evidence: quotes(byForm.slice(0, 2)) });
    const forms = [...new Set(mentions.map((mention) => `"${mention.text}"`))];
    items.push({
      ref,
      kind: 'COUNTRY',
      confidence: 0.9,
      rule: 'country name, adjective or capital (world-countries)',
      signals: forms.slice(0, 5),
    });
    return ref;
  };
  for (const mention of countryMentions) countryRef(mention.code);

  const personRefs = new Map<Person, string>();
  for (const person of findings.people) {
    const ref = newRef('p', person.name);
    personRefs.set(person, ref);
    const aliases = [...new Set(person.aliases.filter((alias) => alias !== person.name))];
    entities.push({ ref, kind: 'PERSON', name: person.name, ...(aliases.length ? { aliases } : {}), evidence: quotes(person.mentions) });
    items.push({ ref, kind: 'PERSON', confidence: round(person.confidence), rule: person.rule, signals: person.signals });
    if (person.author) relate({ type: 'WRITTEN_BY', from: ARTICLE_REF, to: ref }, [person.mentions[0]], 0.95, 'byline');
  }

  const organizationRefs = new Map<Organization, string>();
  for (const organization of findings.organizations) {
    const ref = newRef('o', organization.name);
    organizationRefs.set(organization, ref);
    entities.push({
      ref,
      kind: 'ORGANIZATION',
      name: organization.name,
      orgKind: organization.orgKind,
      ...(organization.aliases.length ? { aliases: organization.aliases } : {}),
      ...(organization.contextualAliases.length ? { contextualAliases: organization.contextualAliases } : {}),
      evidence: quotes(organization.mentions),
    });
    items.push({
      ref,
      kind: 'ORGANIZATION',
      confidence: round(organization.confidence),
      rule: organization.rule,
      signals: organization.signals,
    });
  }
  for (const organization of findings.organizations) {
    const country = organization.country && countryRef(organization.country.code, organization.country.quote);
    if (country)
      relate(
        { type: 'PART_OF', from: organizationRefs.get(organization), to: country },
        [organization.country!.quote],
        0.7,
        'country named with the organization',
        [`"${organization.country!.quote.text}"`],
      );
  }
  // A title naming an organization: "Deputy Director-General of the Foreign Policy Bureau".
  for (const person of findings.people) {
    const positions = new Set<string>();
    for (const mention of person.mentions) {
      if (!mention.organization || !mention.title) continue;
      const organization = findings.organizations.find((org) => org.mentions.some((item) => item.start === mention.organization!.start));
      const ref = organization && organizationRefs.get(organization);
      if (!ref || positions.has(ref)) continue;
      positions.add(ref);
      relate(
        { type: 'HOLDS_POSITION', from: personRefs.get(person), to: ref, title: mention.title.text },
        [mention.phrase],
        0.75,
        'title naming an organization',
        [`"${mention.phrase.text}"`],
      );
    }
  }

  const placeRefs = new Map<Place, string>();
  for (const place of findings.places) {
    const ref = newRef('pl', place.name);
    placeRefs.set(place, ref);
    entities.push({ ref, kind: 'PLACE', name: place.name, placeKind: place.placeKind, evidence: quotes(place.mentions) });
    items.push({
      ref,
      kind: 'PLACE',
      confidence: round(place.confidence),
      rule: place.rule,
      signals: place.datelineOnly ? ['the dateline: where the story was filed'] : [],
    });
    const country = place.country && countryRef(place.country.code, place.country.quote);
    if (country) relate({ type: 'IN_COUNTRY', from: ref, to: country }, [place.country!.quote], 0.8, '"<place>, <country>"');
  }

  const topicRefs = new Map<string, string>();
  const topicRef = (name: string) => {
    const known = topicRefs.get(name);
    if (known) return known;
    const ref = newRef('t', name);
    topicRefs.set(name, ref);
    const mentions = findings.topics.filter((topic) => topic.name === name);
    entities.push({ ref, kind: 'TOPIC', name, evidence: quotes(mentions) });
    items.push({
      ref,
      kind: 'TOPIC',
      confidence: 0.6,
      rule: 'topic words (patterns.json)',
      signals: [...new Set(mentions.map((mention) => `"${mention.text}"`))].slice(0, 5),
    });
    return ref;
  };

  const eventRefs = new Map<ExtractedEvent, string>();
  for (const event of findings.events) {
    const title = titleOf(event);
    const ref = newRef('e', `${event.trigger.type.toLowerCase()} ${event.date?.date ?? ''}`);
    eventRefs.set(event, ref);
    const sentences = event.mentions.map((mention) => sentenceQuote(context, mention.sentence, mention.trigger));
    const evidence = quotes(sentences);
    if (event.dateQuote && event.date) evidence.push(quote(event.dateQuote, event.date.date ? 'date' : 'dateText'));
    const main = event.mentions.find((mention) => mention.sentence.zone === 'body') ?? event.mentions[0];
    events.push({
      ref,
      title: title.slice(0, INGEST_LIMITS.nameLength),
      type: event.trigger.type,
      status: event.status,
      ...(event.date?.date
        ? { date: event.date.date, datePrecision: event.date.precision }
        : event.date
          ? { datePrecision: 'UNKNOWN' }
          : {}),
      ...(event.date ? { dateText: event.date.text } : {}),
      summary: main.sentence.text.slice(0, INGEST_LIMITS.descriptionLength),
      ...(event.trigger.plover ? { plover: event.trigger.plover } : {}),
      ...(event.trigger.cameo ? { cameoCode: event.trigger.cameo } : {}),
      evidence,
    });
    items.push({
      ref,
      kind: 'EVENT',
      confidence: round(event.confidence),
      rule: `${event.trigger.name}: ${event.trigger.codebook}`,
      signals: event.signals.slice(0, 8),
    });
  }
  for (const event of findings.events) {
    const ref = eventRefs.get(event) as string;
    for (const item of event.participants) writeParticipant(item, ref);
    if (event.place)
      relate({ type: 'HELD_IN', from: ref, to: placeRefs.get(event.place.place) }, [event.place.quote], 0.7, 'place after the trigger');
    for (const imposer of event.imposers) {
      const country = countryRef(imposer.code, imposer.quote);
      if (country) relate({ type: 'IMPOSED_BY', from: ref, to: country }, [imposer.quote], 0.7, 'subject of the sanction, or "by …"');
    }
    for (const target of event.targets) {
      const to = target.code
        ? countryRef(target.code, target.quote)
        : target.person
          ? personRefs.get(target.person)
          : target.organization
            ? organizationRefs.get(target.organization)
            : undefined;
      if (to)
        relate(
          { type: 'TARGETS', from: ref, to, ...(target.count !== undefined ? { count: target.count } : {}) },
          [target.quote],
          0.65,
          target.count !== undefined ? 'a number of people or entities of the target' : '"against …", "on …"',
        );
    }
    for (const topic of event.topics) {
      relate(
        { type: 'ADDRESSES', from: ref, to: topicRef(topic.name), ...(topic.expected ? { expected: true } : {}) },
        [topic.quote],
        0.55,
        'topic in the sentence',
        [`"${topic.quote.text}"`],
      );
    }
    for (const item of event.established)
      relate(
        { type: 'ESTABLISHED', from: ref, to: organizationRefs.get(item.organization) },
        [item.quote],
        0.7,
        '"launch", "set up" or "establish" a group',
      );
    for (const link of event.links) {
      const to = eventRefs.get(link.to);
      if (to && to !== ref)
        relate(
          { type: link.type, from: ref, to },
          [link.quote],
          0.6,
          link.type === 'FOLLOWS_UP'
            ? '"follows up on", "in response to"'
            : link.type === 'PRECEDED_BY'
              ? '"followed closely", "came after"'
              : 'reached or issued "at the" event',
        );
    }
  }

  function writeParticipant(item: Participant, eventRef: string): void {
    const from = item.person
      ? personRefs.get(item.person)
      : item.organization
        ? organizationRefs.get(item.organization)
        : item.code
          ? countryRef(item.code, item.quote)
          : undefined;
    if (!from) return;
    const representing = item.representing ? countryRef(item.representing.code, item.representing) : undefined;
    relate(
      {
        type: 'PARTICIPATED_IN',
        from,
        to: eventRef,
        role: item.role,
        ...(representing ? { representing } : {}),
        ...(item.title ? { title: item.title.slice(0, INGEST_LIMITS.nameLength) } : {}),
      },
      [item.quote],
      item.kind === 'PERSON' ? 0.7 : 0.6,
      item.role === 'SPEAKER'
        ? 'speaker of the statement'
        : item.kind === 'COUNTRY'
          ? 'country before the trigger, or after "with"/"between"'
          : 'named with the event',
      item.representing ? [`acts for ${item.representing.text}`] : [],
    );
  }

  if (findings.events.length === 0)
    notes.push('No events found: the text names no meeting, summit, agreement, sanction, launch or statement that the patterns know.');
  if (findings.people.length === 0) notes.push('No people found.');
  const headline = context.sentences.find((sentence) => sentence.zone === 'headline');
  const sourceTitle = (
    source.title ??
    headline?.text ??
    context.sentences.find((sentence) => sentence.zone === 'body')?.text ??
    'Untitled'
  ).slice(0, INGEST_LIMITS.nameLength);
  const author = findings.people.find((person) => person.author);
  return {
    draft: {
      source: {
        title: sourceTitle,
        ...(source.publisher ? { publisher: source.publisher } : {}),
        ...(author ? { author: author.name } : {}),
        ...(source.url ? { url: source.url } : {}),
        publishedAt: source.publishedAt,
        text: source.text,
      },
      entities,
      events,
      relations,
    },
    review: { items, notes },
  };
}

/** A sentence as a quote (cut around the trigger when it is longer than a quote may be). */
function sentenceQuote(context: TextContext, sentence: Sentence, trigger: Span): Span {
  if (sentence.text.length <= INGEST_LIMITS.quoteLength) return { start: sentence.start, end: sentence.end, text: sentence.text };
  const start = Math.max(sentence.start, trigger.start - 600);
  const end = Math.min(sentence.end, start + 1200);
  return { start, end, text: context.text.slice(start, end) };
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((item) => {
    const key = `${item.start}:${item.end}`;
    if (seen.has(key) || item.text.trim().length === 0) return false;
    seen.add(key);
    return true;
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A readable title: what, who and where ("Meeting of South Korea, United States and Japan in Tokyo"). */
export function titleOf(event: ExtractedEvent): string {
  const countries = (codes: string[]) => list([...new Set(codes)].map((code) => countryOf(code)?.name ?? code));
  const parties = event.participants.filter((item) => item.kind === 'COUNTRY').map((item) => item.code as string);
  const people = event.participants.filter((item) => item.person).map((item) => item.person!.name);
  const who = parties.length > 0 ? countries(parties) : list(people.slice(0, 3));
  const where = event.place ? ` in ${event.place.place.name}` : '';
  switch (event.trigger.type) {
    case 'SUMMIT':
      return event.place ? `${event.place.place.name} summit${who ? ` of ${who}` : ''}` : `Summit${who ? ` of ${who}` : ''}`;
    case 'SANCTION': {
      const targets = event.targets.map((target) =>
        target.code ? (countryOf(target.code)?.name ?? target.code) : (target.person?.name ?? target.organization?.name ?? ''),
      );
      const imposers =
        countries(event.imposers.map((imposer) => imposer.code)) ||
        list(event.participants.map((item) => item.organization?.name ?? '').filter(Boolean));
      return `Sanctions${imposers ? ` by ${imposers}` : ''}${targets.length ? ` on ${list([...new Set(targets)])}` : ''}`;
    }
    case 'LAUNCH': {
      const object = /((?:[\p{L}-]+\s+)?(?:satellites?|missiles?|rockets?|ICBMs?|projectiles?))/iu.exec(
        event.mentions[0].trigger.text,
      )?.[1];
      return `Launch${object ? ` of ${object.toLowerCase()}` : ''}${who ? ` by ${who}` : ''}`;
    }
    case 'STATEMENT': {
      const speaker = event.participants.find((item) => item.role === 'SPEAKER');
      const by = speaker?.organization?.name ?? speaker?.person?.name ?? who;
      return `Statement${by ? ` by ${by}` : ''}`;
    }
    case 'AGREEMENT':
      return `Agreement${who ? ` of ${who}` : ''}${where}`;
    default: {
      const noun =
        event.trigger.name === 'visit'
          ? 'Visit'
          : event.trigger.name === 'phone call'
            ? 'Phone call'
            : event.trigger.name === 'negotiations'
              ? 'Negotiations'
              : 'Meeting';
      return `${noun}${who ? ` of ${who}` : ''}${where}`;
    }
  }
}
