import { nameKey } from '../common/names';
import { FACT_ZONES, TextContext } from './context';
import { CountryMention } from './gazetteer';
import { ORG_WORDS, TITLE_HEADS, TITLE_VOCABULARY } from './patterns';
import { BYLINE } from './text';
import { CALENDAR_WORDS } from './words';
import { isPossessive, Token } from './tokens';

/**
 * People in a text: names with the title before them ("U.S. Deputy Assistant Secretary Jung Pak"), names compromise
 * tags as people, names followed by the country they act for ("Jake Sullivan of the U.S.") or by a title after a
 * comma, names that speak ("said Wang"), the byline's author; and later mentions by one part of a name ("Biden").
 */

/** A span of the text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One place the text names a person, with what it says there about them. */
export interface PersonMention extends Span {
  /** The title the text gives them here ("deputy nuclear envoy"). */
  title?: Span;
  /** The country the text says they act for here, and where it says so. */
  country?: CountryMention;
  /** The organization their title names ("of the Foreign Policy Bureau"). */
  organization?: Span;
  /** The whole phrase: country, title and name ("South Korea’s deputy nuclear envoy Lee Joon-il"). */
  phrase: Span;
}

/** A person the text names, with every mention. */
export interface Person {
  name: string;
  aliases: string[];
  mentions: PersonMention[];
  author: boolean;
  rule: string;
  confidence: number;
  signals: string[];
}

const PARTICLES = new Set([
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'van',
  'der',
  'von',
  'le',
  'la',
  'du',
  'al-',
]);
const SPEECH = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'noted',
  'warned',
  'announced',
  'wrote',
  'insisted',
  'stressed',
  'urged',
  'argued',
]);
const NOT_NAMES = new Set([
  ...CALENDAR_WORDS,
  ...[
    'the',
    'a',
    'an',
    'this',
    'that',
    'these',
    'those',
    'in',
    'on',
    'at',
    'from',
    'for',
    'with',
    'by',
    'after',
    'before',
    'during',
    'as',
    'but',
    'and',
    'or',
    'if',
    'when',
    'while',
    'it',
    'he',
    'she',
    'they',
    'we',
    'i',
    'his',
    'her',
    'their',
    'its',
    'our',
    'mr',
    'mrs',
    'ms',
    'dr',
    'sir',
    'photo',
    'advertisement',
    'read',
    'must',
    'related',
    'according',
    'meanwhile',
    'however',
    'also',
    'both',
    'each',
    'all',
    'some',
    'many',
    'several',
    'other',
    'another',
    'no',
    'not',
    'north',
    'south',
    'east',
    'west',
    'summit',
    'meeting',
    'talks',
    'statement',
    'sanctions',
    'agreement',
  ],
]);
/** Words that head organizations' names ("Bureau", "Ministry"): never part of a person's name. */
const ORG_HEADS = new Set(ORG_WORDS.filter((entry) => !entry.word.includes(' ')).map((entry) => entry.word));

/** Tags that make a capitalized word a place or an organization rather than part of a person's name. */
const NOT_PERSON_TAGS = ['Place', 'City', 'Country', 'Organization', 'Region'];

/** The word a token is, for the vocabularies: lower case, without a possessive or a final full stop. */
function word(token: Token): string {
  return token.text
    .replace(/['’]s$/u, '')
    .replace(/\.$/u, '')
    .toLowerCase();
}

function isTitleWord(token: Token): boolean {
  const bare = word(token);
  return TITLE_VOCABULARY.has(bare) || (bare.endsWith('s') && TITLE_VOCABULARY.has(bare.slice(0, -1)));
}

function isTitleHead(token: Token): boolean {
  const bare = word(token);
  return TITLE_HEADS.has(bare) || (bare.endsWith('s') && TITLE_HEADS.has(bare.slice(0, -1)));
}

/** Whether a token can be part of a person's name. */
function isNamePart(token: Token, context: TextContext): boolean {
  if (!/^\p{Lu}/u.test(token.text) || token.tags.has('Initial')) return token.tags.has('Initial');
  if (/^\p{Lu}+$/u.test(token.text) && token.text.length > 1) return false; // an acronym
  if (context.countryAt(token.start) || NOT_NAMES.has(word(token)) || ORG_HEADS.has(word(token)) || isTitleWord(token)) return false;
  if (/\d/u.test(token.text)) return false;
  if (token.tags.has('Organization') && !isPersonTagged(token)) return false;
  return token.tags.has('ProperNoun') || token.tags.has('Person') || token.tags.has('FirstName') || token.tags.has('LastName');
}

function isPersonTagged(token: Token): boolean {
  return token.tags.has('Person') || token.tags.has('FirstName') || token.tags.has('LastName');
}

/** Runs of name words within one sentence (particles inside allowed), as token index ranges [from, to]. */
function nameRuns(tokens: Token[], context: TextContext): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let index = 0;
  while (index < tokens.length) {
    if (!isNamePart(tokens[index], context)) {
      index += 1;
      continue;
    }
    let end = index;
    while (end + 1 < tokens.length && /^\s+$/u.test(tokens[end].post) && !isPossessive(tokens[end])) {
      const next = tokens[end + 1];
      if (isNamePart(next, context)) end += 1;
      else if (
        PARTICLES.has(next.text.toLowerCase()) &&
        end + 2 < tokens.length &&
        /^\s+$/u.test(next.post) &&
        isNamePart(tokens[end + 2], context)
      )
        end += 2;
      else break;
    }
    runs.push([index, end]);
    index = end + 1;
  }
  return runs;
}

interface LeftContext {
  title?: Span;
  country?: CountryMention;
  organization?: Span;
  phraseStart: number;
}

/**
 * What stands before a name: a title (words of the title vocabulary with at least one head: "Deputy Assistant
 * Secretary", "deputy nuclear envoy"), an organization inside it ("of the Foreign Policy Bureau"), a country it is
 * "of", and a country before it ("U.S.", "Japan’s", "Chinese").
 */
function leftOf(tokens: Token[], from: number, context: TextContext): LeftContext {
  const span = (a: Token, b: Token): Span => ({ start: a.start, end: b.end, text: context.text.slice(a.start, b.end) });
  let index = from - 1;
  let titleFirst = -1;
  let titleLast = -1;
  let organization: Span | undefined;
  let country: CountryMention | undefined;
  while (index >= 0 && /^\s+$/u.test(tokens[index].post)) {
    const token = tokens[index];
    // "… of (the) Japan" or "… of the Foreign Policy Bureau": a segment of the title before it.
    const segment = ofSegment(tokens, index, context);
    if (segment && segment.ofIndex > 0 && (isTitleWord(tokens[segment.ofIndex - 1]) || /^\p{Lu}/u.test(tokens[segment.ofIndex - 1].text))) {
      if (segment.country) country ??= segment.country;
      else {
        organization ??= span(tokens[segment.firstIndex], token);
        if (titleLast < 0) titleLast = index;
      }
      index = segment.ofIndex - 1;
      continue;
    }
    if (
      token.text === 'and' &&
      titleFirst === index + 1 &&
      index > 0 &&
      isTitleHead(tokens[index - 1]) &&
      /^\s+$/u.test(tokens[index - 1].post)
    ) {
      index -= 1; // "Prime Minister and Foreign Minister"
      continue;
    }
    if (!isTitleWord(token) || context.countryAt(token.start)) break;
    titleFirst = index;
    if (titleLast < 0) titleLast = index;
    index -= 1;
  }
  if (titleFirst < 0 || !tokens.slice(titleFirst, titleLast + 1).some(isTitleHead)) return { phraseStart: tokens[from].start };
  let phraseStart = tokens[titleFirst].start;
  const before = tokens[titleFirst - 1];
  const beforeCountry = before ? context.countryAt(before.start) : undefined;
  if (
    before &&
    beforeCountry &&
    /^\s+$/u.test(before.post) &&
    (isPossessive(before) || beforeCountry.form === 'demonym' || beforeCountry.form === 'alias' || beforeCountry.form === 'name')
  ) {
    country = beforeCountry;
    phraseStart = beforeCountry.start;
  }
  return { title: span(tokens[titleFirst], tokens[titleLast]), country, organization, phraseStart };
}

/** An "of (the) X" segment ending at `last`: X a country, or capitalized words (an organization's name). */
function ofSegment(
  tokens: Token[],
  last: number,
  context: TextContext,
): { ofIndex: number; firstIndex: number; country?: CountryMention } | null {
  if (!/^\p{Lu}/u.test(tokens[last].text)) return null;
  const mention = context.countryAt(tokens[last].start);
  let index = last;
  while (index >= 0 && index > last - 7) {
    const token = tokens[index];
    const lower = token.text.toLowerCase();
    if (lower === 'of') {
      if (index === last) return null;
      const first = tokens[index + 1].text.toLowerCase() === 'the' ? index + 2 : index + 1;
      if (mention && context.countryAt(tokens[first].start) === mention) return { ofIndex: index, firstIndex: first, country: mention };
      if (mention) return null;
      return first <= last ? { ofIndex: index, firstIndex: first } : null;
    }
    if (!['the', 'and', 'for', 'on', '&'].includes(lower) && !/^\p{Lu}/u.test(token.text)) return null;
    if (index !== last && (context.countryAt(token.start) || isTitleHead(token) || token.tags.has('FirstName'))) return null;
    index -= 1;
  }
  return null;
}

/** What stands after a name: "of <country>", or ", <country’s> <title>," in apposition. */
function rightOf(tokens: Token[], to: number, context: TextContext): { title?: Span; country?: CountryMention; phraseEnd: number } {
  const last = tokens[to];
  const next = tokens[to + 1];
  if (next && /^\s+$/u.test(last.post) && next.text.toLowerCase() === 'of') {
    const target = tokens[to + 2]?.text.toLowerCase() === 'the' ? tokens[to + 3] : tokens[to + 2];
    const country = target ? context.countryAt(target.start) : undefined;
    if (country) return { country, phraseEnd: country.end };
  }
  if (next && /^,\s+$/u.test(last.post)) {
    let index = to + 1;
    if (tokens[index]?.text.toLowerCase() === 'the') index += 1;
    let country: CountryMention | undefined;
    const first = tokens[index];
    const mention = first ? context.countryAt(first.start) : undefined;
    if (mention) {
      country = mention;
      while (tokens[index] && context.countryAt(tokens[index].start) === mention) index += 1;
    }
    const titleStart = index;
    while (tokens[index] && isTitleWord(tokens[index]) && !context.countryAt(tokens[index].start)) {
      index += 1;
      if (!/^\s+$/u.test(tokens[index - 1].post)) break;
    }
    const titleTokens = tokens.slice(titleStart, index);
    if (titleTokens.some(isTitleHead)) {
      const end = titleTokens[titleTokens.length - 1];
      return {
        title: { start: titleTokens[0].start, end: end.end, text: context.text.slice(titleTokens[0].start, end.end) },
        country,
        phraseEnd: end.end,
      };
    }
  }
  return { phraseEnd: last.end };
}

/** A name as people write it: "ESTHER CHUNG" → "Esther Chung". */
function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name.replace(/\s+/gu, ' ');
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The people a text names, with every mention, in order of first mention. */
export function findPeople(context: TextContext): Person[] {
  const people: Person[] = [];
  const byKey = new Map<string, Person>();
  const add = (name: string, mention: PersonMention, rule: string, confidence: number, signals: string[], author = false) => {
    const key = nameKey(name);
    let person = byKey.get(key);
    if (!person) {
      person = { name, aliases: [], mentions: [], author, rule, confidence, signals };
      byKey.set(key, person);
      people.push(person);
    } else if (confidence > person.confidence) {
      Object.assign(person, { rule, confidence, signals: [...new Set([...person.signals, ...signals])] });
    }
    person.author ||= author;
    if (!person.mentions.some((known) => known.start === mention.start)) person.mentions.push(mention);
  };

  const singles: Array<{ token: Token; mention: PersonMention }> = [];
  for (const sentence of context.sentences) {
    if (sentence.zone === 'byline') {
      const byline = BYLINE.exec(sentence.text);
      if (byline) {
        const start = sentence.start + byline[0].indexOf(byline[1]);
        const span = { start, end: start + byline[1].length, text: byline[1] };
        add(displayName(byline[1]), { ...span, phrase: span }, 'byline', 0.95, ['the byline names the author'], true);
      }
      continue;
    }
    if (!FACT_ZONES.has(sentence.zone)) continue;
    const tokens = context.tokensOf(sentence);
    for (const run of nameRuns(tokens, context)) {
      let [from] = run;
      const to = run[1];
      // "Minister of International Relations and Cooperation Naledi Pandor": the run's first word ends the title.
      if (
        to - from >= 2 &&
        !isPersonTagged(tokens[from]) &&
        !leftOf(tokens, from, context).title &&
        leftOf(tokens, from + 1, context).title
      )
        from += 1;
      const runTokens = tokens.slice(from, to + 1);
      const runEnd = runTokens[to - from].end - (/['’]s$/u.exec(runTokens[to - from].text)?.[0].length ?? 0);
      const text = context.text.slice(runTokens[0].start, runEnd);
      const left = leftOf(tokens, from, context);
      const right = rightOf(tokens, to, context);
      const taggedPerson = runTokens.some((token) => token.tags.has('Person') || token.tags.has('FirstName') || token.tags.has('LastName'));
      const placeLike = runTokens.every((token) => NOT_PERSON_TAGS.some((tag) => token.tags.has(tag)) && !token.tags.has('Person'));
      const afterThe = from > 0 && tokens[from - 1].text.toLowerCase() === 'the' && !left.title;
      const speaks = SPEECH.has(tokens[to + 1]?.text.toLowerCase() ?? '') || SPEECH.has(tokens[from - 1]?.text.toLowerCase() ?? '');
      const mention: PersonMention = {
        start: runTokens[0].start,
        end: runEnd,
        text,
        title: left.title ?? right.title,
        country: left.country ?? right.country,
        organization: left.organization,
        phrase: { start: left.phraseStart, end: right.phraseEnd, text: context.text.slice(left.phraseStart, right.phraseEnd) },
      };
      const words = to - from + 1;
      if (words > 7 || afterThe) continue;
      if (words === 1 && !runTokens[0].tags.has('Initial')) {
        singles.push({ token: runTokens[0], mention });
        continue;
      }
      if (left.title) add(text, mention, 'title before the name', 0.9, [`title "${left.title.text}"`]);
      else if (placeLike) continue;
      else if (right.title) add(text, mention, 'title after the name', 0.85, [`title "${right.title.text}"`]);
      else if (right.country) add(text, mention, 'name of a country', 0.8, [`"${mention.phrase.text}"`]);
      else if (taggedPerson) add(text, mention, 'name (compromise)', 0.75, ['compromise tags it a person']);
      else if (speaks) add(text, mention, 'name that speaks', 0.7, ['a verb of saying next to it']);
    }
  }
  mergeNames(people);
  // One word: a later mention of a person named in full ("Biden"), or a name after a capitalized title ("President Lula").
  for (const { token, mention } of singles) {
    const bare = token.text.replace(/['’]s$/u, '');
    const owners = people.filter((person) => !person.author && person.name.split(/\s+/u).includes(bare));
    if (owners.length === 1) owners[0].mentions.push({ ...mention, end: token.start + bare.length, text: bare });
    else if (owners.length === 0 && mention.title && /^\p{Lu}/u.test(mention.title.text) && isTitleHead(tokenBefore(context, token))) {
      add(bare, { ...mention, end: token.start + bare.length, text: bare }, 'title before the name', 0.6, [
        `title "${mention.title.text}"`,
        'one word',
      ]);
    }
  }
  people.forEach((person) => person.mentions.sort((a, b) => a.start - b.start));
  return people;
}

/** The token just before another in the text. */
function tokenBefore(context: TextContext, token: Token): Token {
  const index = context.tokens.indexOf(token);
  return context.tokens[Math.max(0, index - 1)];
}

/** Whether two names are one with an initial for a given name ("S. Jaishankar", "Subrahmanyam Jaishankar"). */
function sameWithInitial(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2 || a[a.length - 1] !== b[b.length - 1]) return false;
  return a
    .slice(0, -1)
    .every(
      (word, index) =>
        word === b[index] || (word.length === 1 && b[index].startsWith(word)) || (b[index].length === 1 && word.startsWith(b[index])),
    );
}

/** People whose shorter name is the start or end of a longer one ("Luiz Inácio Lula" / "Luiz Inácio Lula da Silva") are one. */
function mergeNames(people: Person[]): void {
  for (let index = people.length - 1; index >= 0; index -= 1) {
    const short = people[index];
    const words = nameKey(short.name).split(' ');
    if (words.length < 2 || short.author) continue;
    const longer = people.find((other) => {
      if (other === short || other.author) return false;
      const otherWords = nameKey(other.name).split(' ');
      if (sameWithInitial(words, otherWords) && other.name.length > short.name.length) return true;
      if (otherWords.length <= words.length) return false;
      return (
        otherWords.slice(0, words.length).join(' ') === words.join(' ') || otherWords.slice(-words.length).join(' ') === words.join(' ')
      );
    });
    if (!longer) continue;
    longer.aliases.push(short.name, ...short.aliases);
    longer.mentions.push(...short.mentions);
    people.splice(index, 1);
  }
}
