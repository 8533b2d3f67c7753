import { nameKey } from '../common/names';
import { FACT_ZONES, TextContext } from './context';
import { capitalOf, CountryMention, countryOf } from './gazetteer';
import { alternation, KNOWN_ORGANIZATIONS, ORG_WORDS, OrgKind, TITLE_HEADS, TITLE_VOCABULARY } from './patterns';
import { Person, Span } from './people';
import { isPossessive, Token } from './tokens';

/**
 * Organizations in a text: the ones `patterns.json` knows by name or short form ("APEC", "the Kremlin"), capitalized
 * names with an organization word ("Foreign Policy Bureau", "Ministry of Foreign Affairs", "Qatar News Agency"), a
 * name with its acronym in parentheses, and working groups a text says were set up. A country the text ties to one
 * ("Japan’s Foreign Ministry", "the Foreign Ministry in Seoul") comes with it; later mentions by kind ("the
 * ministry") are the same organization.
 */

/** An organization the text names, with every mention. */
export interface Organization {
  name: string;
  aliases: string[];
  /** Names true only in this context ("Foreign Ministry" for South Korea's). */
  contextualAliases: string[];
  orgKind: OrgKind;
  /** The country it belongs to, where the text says so. */
  country?: { code: string; quote: Span };
  mentions: Span[];
  rule: string;
  confidence: number;
  signals: string[];
}

const KIND_OF_WORD = new Map(ORG_WORDS.map((entry) => [entry.word, entry.kind]));
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their']);
const CONNECTORS = new Set(['of', 'for', 'on', 'and', '&', 'the']);
/** Words that make an organization's name generic ("Foreign Ministry" is one in every country). */
const GENERIC_WORDS = new Set([
  ...TITLE_VOCABULARY,
  'policy',
  'affairs',
  'central',
  'national',
  'foreign',
  'defense',
  'defence',
  'finance',
  'news',
  'presidential',
  'communications',
  'information',
  'interior',
  'justice',
  'unification',
  'public',
  'security',
]);
const KNOWN_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(KNOWN_ORGANIZATIONS.flatMap((org) => [org.name, ...org.aliases]))})(?![\\p{L}\\p{N}])`,
  'gu',
);
const ESTABLISH =
  /\b(?:launch(?:ed|es|ing)?|set(?:ting)? up|sets up|establish(?:ed|es|ing)?|creat(?:e|ed|es|ing)|form(?:ed|s|ing)?|inaugurat(?:e|ed|es|ing))\s+(?:(?:a|an|the|its|their|new)\s+)?((?:(?!of\b|the\b|an?\b|to\b)[\p{L}-]+\s+){0,3}(?:working group|task force|mechanism|committee|council|commission|secretariat|hotline))\b/giu;

function lower(token: Token | undefined): string {
  return token ? token.text.replace(/['’]s$/u, '').toLowerCase() : '';
}

/** The kind an organization's name says, from its head word ("Ministry" → MINISTRY). */
function kindOfName(name: string): OrgKind | undefined {
  const key = name.toLowerCase();
  for (const { word, kind } of ORG_WORDS) if (new RegExp(`\\b${word}\\b`, 'u').test(key)) return kind;
  return undefined;
}

/** Finds the organizations a text names. `people` keeps names of people out and gives the organizations in titles their country. */
export function findOrganizations(context: TextContext, people: Person[]): Organization[] {
  const organizations: Organization[] = [];
  const byKey = new Map<string, Organization>();
  const personAt = (offset: number) =>
    people.some((person) => person.mentions.some((mention) => mention.start <= offset && offset < mention.end));
  const add = (
    name: string,
    span: Span,
    orgKind: OrgKind,
    rule: string,
    confidence: number,
    signals: string[],
    country?: { code: string; quote: Span },
  ) => {
    const generic = name.split(/\s+/u).every((word) => GENERIC_WORDS.has(word.toLowerCase()) || KIND_OF_WORD.has(word.toLowerCase()));
    const demonym = country ? demonymOf(country.code) : undefined;
    const fullName = generic && demonym ? `${demonym} ${name}` : name;
    const key = nameKey(fullName);
    let organization =
      byKey.get(key) ??
      (generic && !country ? organizations.find((org) => org.contextualAliases.some((alias) => nameKey(alias) === key)) : undefined);
    if (!organization) {
      organization = {
        name: fullName,
        aliases: [],
        contextualAliases: generic && demonym ? [name] : [],
        orgKind,
        country,
        mentions: [],
        rule,
        confidence,
        signals,
      };
      byKey.set(key, organization);
      organizations.push(organization);
    }
    organization.country ??= country;
    if (!organization.mentions.some((mention) => mention.start === span.start)) organization.mentions.push(span);
    return organization;
  };
  const spanOf = (start: number, end: number): Span => ({ start, end, text: context.text.slice(start, end) });

  for (const sentence of context.sentences) {
    if (!FACT_ZONES.has(sentence.zone) || sentence.text === sentence.text.toUpperCase()) continue;
    for (const match of sentence.text.matchAll(KNOWN_PATTERN)) {
      const known = KNOWN_ORGANIZATIONS.find((org) => org.name === match[0] || org.aliases.includes(match[0]));
      if (!known) continue;
      const start = sentence.start + match.index;
      const before = countryBefore(context, start);
      const country = before
        ? { code: before.code, quote: spanOf(before.start, start + match[0].length) }
        : known.country
          ? { code: known.country, quote: spanOf(start, start + match[0].length) }
          : undefined;
      add(
        known.name,
        spanOf(start, start + match[0].length),
        known.orgKind,
        'known organization',
        0.9,
        [`"${match[0]}" is in patterns.json`],
        country,
      );
    }
    const known = organizations
      .flatMap((org) => org.mentions)
      .filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
    const tokens = context.tokensOf(sentence);
    let coveredUntil = -1;
    tokens.forEach((token, index) => {
      const head = headAt(tokens, index);
      if (!head || !/^\p{Lu}/u.test(token.text) || token.start < coveredUntil) return;
      const found = nameAround(tokens, index, head.length, context);
      if (!found || personAt(tokens[found.from].start)) return;
      coveredUntil = tokens[found.to].end;
      if (known.some((mention) => mention.start <= tokens[found.from].start && tokens[found.to].end <= mention.end)) return;
      const nameStart = tokens[found.from].start;
      const nameEnd = tokens[found.to].end - (/['’]s$/u.exec(tokens[found.to].text)?.[0].length ?? 0);
      const name = context.text.slice(nameStart, nameEnd);
      if (name.split(/\s+/u).length === 1 && !found.country) return; // "Ministry" alone: a later mention, not a name
      const span = spanOf(nameStart, nameEnd);
      const country = found.country
        ? { code: found.country.code, quote: spanOf(Math.min(found.country.start, nameStart), Math.max(found.country.end, nameEnd)) }
        : undefined;
      add(
        name,
        span,
        KIND_OF_WORD.get(head.word) ?? 'OTHER',
        'name with an organization word',
        0.8,
        [`"${head.word}" heads the name`],
        country,
      );
    });
    for (const match of sentence.text.matchAll(
      /((?:\p{Lu}[\p{L}.-]*\s+(?:(?:of|for|and|on|the|&)\s+)*){1,7}\p{Lu}[\p{L}.-]*)\s+\((\p{Lu}[\p{Lu}\d&-]{1,9})\)/gu,
    )) {
      const [whole, longName, acronym] = match;
      const initials = longName
        .split(/[\s-]+/u)
        .filter((word) => /^\p{Lu}/u.test(word))
        .map((word) => word[0])
        .join('');
      if (!initials.endsWith(acronym.replace(/[^\p{Lu}]/gu, '')) && !acronym.startsWith(initials.slice(-acronym.length))) continue;
      const words = longName.split(/\s+/u);
      const keep = words.slice(
        -Math.max(acronym.replace(/[^\p{Lu}]/gu, '').length, 1) - words.filter((word) => CONNECTORS.has(word)).length,
      );
      const name = keep.join(' ');
      const start = sentence.start + match.index + whole.indexOf(name);
      const organization = add(name, spanOf(start, start + name.length), kindOfName(name) ?? 'OTHER', 'name with its acronym', 0.85, [
        `"${acronym}" in parentheses`,
      ]);
      if (!organization.aliases.includes(acronym)) organization.aliases.push(acronym);
    }
    for (const match of sentence.text.matchAll(ESTABLISH)) {
      const phrase = match[1];
      const start = sentence.start + match.index + match[0].lastIndexOf(phrase);
      const earlier = [...organizations]
        .reverse()
        .find((org) => org.rule === 'organization set up' && nameKey(org.name).endsWith(nameKey(phrase)));
      if (earlier) {
        earlier.mentions.push(spanOf(start, start + phrase.length)); // "the launch of the working group": the one set up before
        continue;
      }
      add(
        phrase.replace(/\s+/gu, ' '),
        spanOf(start, start + phrase.length),
        kindOfName(phrase) ?? 'WORKING_GROUP',
        'organization set up',
        0.7,
        [`"${match[0]}"`],
      );
    }
  }
  // Later mentions: an acronym alone, and "the ministry" for the one ministry named before.
  for (const organization of organizations) {
    for (const alias of organization.aliases) {
      for (const match of context.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${alternation([alias])}(?![\\p{L}\\p{N}])`, 'gu'))) {
        if (!organization.mentions.some((mention) => mention.start <= match.index && match.index < mention.end))
          organization.mentions.push(spanOf(match.index, match.index + alias.length));
      }
    }
    organization.mentions.sort((a, b) => a.start - b.start);
  }
  return organizations;
}

/** A country named just before an offset as its owner: "Iran's", "Chinese", "U.S.". */
function countryBefore(context: TextContext, offset: number): CountryMention | undefined {
  const before = /(\S+)\s+$/u.exec(context.text.slice(Math.max(0, offset - 40), offset));
  if (!before) return undefined;
  const mention = context.countryAt(offset - before[0].length);
  if (!mention) return undefined;
  const rest = context.text.slice(mention.end, offset);
  return /^(?:['’]s)?\s+$/u.test(rest) && (rest.trim() !== '' || mention.form !== 'name') ? mention : undefined;
}

/** An organization head word (or two: "working group") at a token, if it is one. */
function headAt(tokens: Token[], index: number): { word: string; length: number } | undefined {
  const two = `${lower(tokens[index])} ${lower(tokens[index + 1])}`;
  if (KIND_OF_WORD.has(two) && /^\s+$/u.test(tokens[index].post)) return { word: two, length: 2 };
  const one = lower(tokens[index]);
  return KIND_OF_WORD.has(one) ? { word: one, length: 1 } : undefined;
}

/**
 * The capitalized name around a head word: the capitalized words before it (not a title, a person or a possessive
 * country, which becomes the organization's country) and "of/on/for (the) …" after it ("Ministry of Foreign
 * Affairs", "Committee on U.S.-China Relations"), stopping before "of <country>" (its country) and "in <capital>".
 */
function nameAround(
  tokens: Token[],
  head: number,
  headLength: number,
  context: TextContext,
): { from: number; to: number; country?: CountryMention } | null {
  let from = head;
  let country: CountryMention | undefined;
  while (from > 0) {
    const before = tokens[from - 1];
    if (!/^\s+$/u.test(before.post) && !/^-$/u.test(before.post)) break;
    const mention = context.countryAt(before.start);
    if (mention && mention.end >= before.end - (/['’]s$/u.exec(before.text)?.[0].length ?? 0)) {
      if (isPossessive(before) || mention.form === 'demonym' || mention.form === 'alias') {
        country = mention;
        break;
      }
      from -= 1;
      continue;
    }
    if (
      !/^\p{Lu}/u.test(before.text) ||
      isPossessive(before) ||
      TITLE_HEADS.has(lower(before)) ||
      before.tags.has('Person') ||
      DETERMINERS.has(lower(before))
    )
      break;
    from -= 1;
  }
  let to = head + headLength - 1;
  for (;;) {
    const connector = tokens[to + 1];
    if (!connector || !/^\s+$/u.test(tokens[to].post) || !['of', 'on', 'for'].includes(connector.text)) break;
    let index = to + 2;
    if (tokens[index]?.text === 'the') index += 1;
    const first = tokens[index];
    if (!first || !/^\p{Lu}/u.test(first.text)) break;
    const mention = context.countryAt(first.start);
    if (mention && connector.text === 'of' && mention.end >= first.end) {
      // "Bank of Korea" is a name; "Ministry of Foreign Affairs of Japan" is a ministry of Japan.
      if (
        from === head &&
        to === head &&
        (tokens[index + 1]?.start ?? Infinity) >= mention.end &&
        !/^\p{Lu}/u.test(tokens[index + 1]?.text ?? '')
      ) {
        to = index;
        continue;
      }
      country ??= mention;
      break;
    }
    let end = index;
    const continues = (token: Token | undefined) =>
      !!token && /^\p{Lu}/u.test(token.text) && !token.tags.has('Person') && !token.tags.has('FirstName') && !TITLE_HEADS.has(lower(token));
    while (
      tokens[end + 1] &&
      /^\s+$/u.test(tokens[end].post) &&
      (continues(tokens[end + 1]) || (tokens[end + 1].text === 'and' && continues(tokens[end + 2])))
    )
      end += 1;
    to = end;
  }
  // "the Foreign Ministry in Seoul": a capital after "in" says whose.
  const next = tokens[to + 1];
  if (!country && next?.text === 'in' && tokens[to + 2] && capitalOf(tokens[to + 2].text))
    country = context.countryAt(tokens[to + 2].start);
  if (from === head && to === head + headLength - 1 && headLength === 1 && !country) return { from, to };
  return { from, to, country };
}

/** The English adjective of a country ("South Korean"), from the country data. */
function demonymOf(code: string): string | undefined {
  return countryOf(code)?.demonym;
}
