import { nameKey } from '../common/names';
import { FACT_ZONES, TextContext } from './context';
import { capitalOf, CountryMention } from './gazetteer';
import { Organization } from './organizations';
import { Span } from './people';
import { Person } from './people';
import { TOPICS, VENUE_WORDS } from './patterns';
import { isPossessive, Token } from './tokens';
import { CALENDAR_WORDS } from './words';

/**
 * Places and topics in a text. A place is a capitalized name after "in", "at", "near" and the like that is not a
 * country, a person or an organization ("in Tokyo", "at the Filoli estate", "at the Camp David summit"), or the city
 * of a dateline ("SAN FRANCISCO, Nov. 16 —"); a venue when a venue word names it ("Moscone Center", "Filoli
 * estate"), else a city. "Bali, Indonesia" also says which country a place is in. Topics are the `patterns.json`
 * topics a sentence names.
 */

/** A place the text names. */
export interface Place {
  name: string;
  placeKind: 'CITY' | 'VENUE';
  mentions: Span[];
  /** The country the text puts it in ("Bali, Indonesia"), with the quote that does. */
  country?: { code: string; quote: Span };
  /** Whether it is only the dateline's city (where the story was written, not where anything happened). */
  datelineOnly: boolean;
  rule: string;
  confidence: number;
}

/** A topic a sentence names. */
export interface TopicMention extends Span {
  name: string;
}

const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'inside', 'to', 'into', 'across', 'toward', 'towards', 'around', 'via']);
const NOT_PLACES = new Set([...CALENDAR_WORDS, 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that']);

function bare(token: Token): string {
  return token.text.replace(/['’]s$/u, '');
}

/** The places a text names. */
export function findPlaces(context: TextContext, people: Person[], organizations: Organization[]): Place[] {
  const places: Place[] = [];
  const byKey = new Map<string, Place>();
  const taken = (start: number, end: number) =>
    [...people.flatMap((person) => person.mentions), ...organizations.flatMap((org) => org.mentions)].some(
      (span) => span.start < end && start < span.end,
    );
  const add = (name: string, span: Span, placeKind: Place['placeKind'], rule: string, confidence: number, dateline = false) => {
    const key = nameKey(name);
    let place = byKey.get(key);
    if (!place) {
      place = { name, placeKind, mentions: [], datelineOnly: dateline, rule, confidence };
      byKey.set(key, place);
      places.push(place);
    }
    place.datelineOnly &&= dateline;
    if (!place.mentions.some((mention) => mention.start === span.start)) place.mentions.push(span);
    return place;
  };

  const dateline = context.sentences.find((sentence) => sentence.zone === 'body');
  const city = dateline
    ? /^(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3})(?:,\s*[^—–]{0,25}?)?\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--|-\s)/u.exec(
        dateline.text,
      )
    : null;
  if (dateline && city && city[1].length > 2) {
    const name = city[1].toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    add(name, { start: dateline.start, end: dateline.start + city[1].length, text: city[1] }, 'CITY', 'dateline', 0.8, true);
  }

  for (const sentence of context.sentences) {
    if (!FACT_ZONES.has(sentence.zone)) continue;
    const tokens = context.tokensOf(sentence);
    tokens.forEach((token, index) => {
      if (!LOCATIVES.has(token.text.toLowerCase()) || !/^\s+$/u.test(token.post)) return;
      let from = index + 1;
      if (tokens[from]?.text.toLowerCase() === 'the') from += 1;
      let to = from - 1;
      while (tokens[to + 1] && /^\p{Lu}/u.test(tokens[to + 1].text) && !NOT_PLACES.has(tokens[to + 1].text.toLowerCase())) {
        to += 1;
        if (!/^\s+$/u.test(tokens[to].post) || isPossessive(tokens[to])) break;
      }
      if (to < from) return;
      const first = tokens[from];
      const last = tokens[to];
      if (isPossessive(last)) return; // "in Beijing's account": a government, not a place
      if (tokens.slice(from, to + 1).every((word) => word.tags.has('Demonym') || word.tags.has('Adjective'))) return; // "to Korean victims"
      const start = first.start;
      let end = last.end;
      const mention = context.countryAt(start);
      if (mention && mention.end >= end && !capitalOf(mention.text)) return; // a country, not a place in it
      if (taken(start, end)) return;
      const words = tokens.slice(from, to + 1).map((word) => bare(word).toLowerCase());
      const next = tokens[to + 1];
      let placeKind: Place['placeKind'] = words.some((word) => VENUE_WORDS.has(word)) ? 'VENUE' : 'CITY';
      if (next && /^\p{Ll}/u.test(next.text) && VENUE_WORDS.has(next.text.toLowerCase()) && /^\s+$/u.test(last.post)) {
        end = next.end; // "the Filoli estate"
        placeKind = 'VENUE';
      }
      const span = { start, end, text: context.text.slice(start, end) };
      const place = add(
        span.text,
        span,
        placeKind,
        placeKind === 'VENUE' ? 'venue after a preposition' : 'place after a preposition',
        placeKind === 'VENUE' ? 0.75 : 0.7,
      );
      // "Bali, Indonesia": the country it is in.
      const after = context.text.slice(end, end + 3);
      const country: CountryMention | undefined = /^,\s/u.test(after) ? context.countryAt(end + 2) : undefined;
      if (country && country.start === end + 2 && country.form === 'name')
        place.country ??= { code: country.code, quote: { start, end: country.end, text: context.text.slice(start, country.end) } };
    });
  }
  // A place named as an event's attribute: "the Camp David summit", "the Johannesburg summit".
  for (const match of context.text.matchAll(
    /\bthe\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,3})(?:summit|talks|meeting|meetings|accord|agreement|declaration|conference)\b/gu,
  )) {
    const name = match[1].trim();
    const start = match.index + match[0].indexOf(name);
    const end = start + name.length;
    const sentence = context.sentenceAt(start);
    if (!sentence || !FACT_ZONES.has(sentence.zone) || taken(start, end)) continue;
    const mention = context.countryAt(start);
    if (mention && !capitalOf(mention.text)) continue;
    if (!byKey.has(nameKey(name)) && !capitalOf(name) && !name.split(/\s+/u).some((word) => VENUE_WORDS.has(word.toLowerCase()))) continue;
    add(
      name,
      { start, end, text: name },
      name.split(/\s+/u).some((word) => VENUE_WORDS.has(word.toLowerCase())) ? 'VENUE' : 'CITY',
      'place naming an event',
      0.6,
    );
  }
  places.forEach((place) => place.mentions.sort((a, b) => a.start - b.start));
  return places;
}

/** The topics a sentence names, by the `patterns.json` topics. */
export function findTopics(context: TextContext): TopicMention[] {
  const found: TopicMention[] = [];
  for (const sentence of context.sentences) {
    if (!FACT_ZONES.has(sentence.zone)) continue;
    for (const topic of TOPICS) {
      for (const match of sentence.text.matchAll(topic.pattern)) {
        const start = sentence.start + match.index;
        found.push({ name: topic.name, start, end: start + match[0].length, text: match[0] });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
