import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';
import { Actor, GoldEvent, GoldFacts, GoldNamed, isIsoDate } from './score';

/** What the extractor is given for one article (the contract of src/extract/extract.ts). */
export interface EvalInput {
  text: string;
  publishedAt: string;
  url?: string;
  title?: string;
  publisher?: string;
}

/** One gold article in the one shape both formats load into: the extractor's input and what it should find. */
export interface GoldArticle extends GoldFacts {
  slug: string;
  /** 'gold': the eight articles of tools/extract-eval/gold/; 'seed': seeds/article.json (targets differ). */
  group: 'gold' | 'seed';
  input: EvalInput;
}

/** A problem found in a gold file: an error (the file is wrong) or a note (worth a look). */
export interface GoldProblem {
  slug: string;
  severity: 'error' | 'note';
  message: string;
}

/** The seed article's publication date for the evaluation (its source has `publishedAt: null`). */
export const SEED_PUBLISHED_AT = '2023-12-08';

/** The folder of the eight gold articles. */
export function goldDir(root: string = projectRoot(__dirname)): string {
  return join(root, 'tools', 'extract-eval', 'gold');
}

/** The folder of the seed article. */
export function seedDir(root: string = projectRoot(__dirname)): string {
  return join(root, 'seeds');
}

// ---- the eight gold articles: <slug>.json beside <slug>.txt ----

/** A person of a gold file. */
export interface GoldFilePerson {
  name: string;
  aliases: string[];
  title?: string;
  country: string | null;
  role?: string;
  note?: string;
}

/** An organization of a gold file. */
export interface GoldFileOrganization {
  name: string;
  aliases: string[];
  country?: string;
  note?: string;
}

/** An event of a gold file. */
export interface GoldFileEvent {
  type: string;
  status: string;
  date: string | null;
  datePrecision: string;
  dateText: string | null;
  dateRange?: [string, string] | null;
  endDate?: string | null;
  place: string | null;
  /** People names and/or ISO3 codes. */
  participants: string[];
  /** SANCTION: who imposed it (organization names or ISO3 codes). */
  imposedBy?: string[] | null;
  targets?: string[] | null;
  quote: string;
  title?: string;
  organizations?: string[];
  note?: string;
}

/** A gold file as written (see gold/README.md). */
export interface GoldFile {
  title: string;
  publishedAt: string;
  publisher: string;
  author: string;
  facts: { fact: string; url: string }[];
  people: GoldFilePerson[];
  countries: string[];
  countryAliases?: Record<string, string[]>;
  organizations: GoldFileOrganization[];
  places: { name: string; country?: string; note?: string }[];
  events: GoldFileEvent[];
  notNotedAsEvents?: string[];
}

/** A name and, when it ends in a parenthesis ("Foreign Ministry (Iran)"), the name without it. */
function withoutParenthesis(name: string): string[] {
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return bare.length > 0 && bare !== name ? [name, bare] : [name];
}

/**
 * The gold of one gold file. Participants and imposers that are ISO3 codes become countries; others are looked up
 * among the file's people, then organizations (their aliases join), else kept as a bare name. The extractor is not
 * given the file's `publisher` ("Gold set (written for the evaluation)"), which names no organization of the text.
 */
export function goldFromFile(slug: string, doc: GoldFile, text: string): GoldArticle {
  const people: GoldNamed[] = doc.people.map((p) => ({ name: p.name, names: [p.name, ...p.aliases] }));
  const organizations: GoldNamed[] = doc.organizations.map((o) => ({
    name: o.name,
    names: [...withoutParenthesis(o.name), ...o.aliases],
  }));
  const actor = (value: string): Actor => {
    if (/^[A-Z]{3}$/.test(value)) return { code: value, names: [] };
    const known = [...people, ...organizations].find((n) => n.names.includes(value));
    return { names: known ? known.names : [value] };
  };
  const events: GoldEvent[] = doc.events.map((e) => ({
    title: e.title ?? e.quote.slice(0, 60),
    type: e.type,
    status: e.status,
    date: e.date,
    datePrecision: e.datePrecision,
    dateText: e.dateText,
    dateRange: e.dateRange ?? null,
    endDate: e.endDate ?? null,
    places: e.place ? [e.place] : [],
    participants: e.participants.map(actor),
    imposers: (e.imposedBy ?? []).map(actor),
    quotes: [e.quote],
  }));
  return {
    slug,
    group: 'gold',
    input: { text, publishedAt: doc.publishedAt, title: doc.title },
    publishedAt: doc.publishedAt,
    people,
    countries: [...doc.countries],
    organizations,
    events,
  };
}

/** Reads every <slug>.json of a folder with its <slug>.txt, in name order. */
export function readGoldFiles(dir: string = goldDir()): { slug: string; doc: GoldFile; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const slug = name.slice(0, -'.json'.length);
      return {
        slug,
        doc: JSON.parse(readFileSync(join(dir, name), 'utf8')) as GoldFile,
        text: readFileSync(join(dir, `${slug}.txt`), 'utf8'),
      };
    });
}

/** The eight gold articles. */
export function loadGoldSet(dir: string = goldDir()): GoldArticle[] {
  return readGoldFiles(dir).map(({ slug, doc, text }) => goldFromFile(slug, doc, text));
}

const EVENT_TYPES = new Set(['MEETING', 'SUMMIT', 'AGREEMENT', 'SANCTION', 'LAUNCH', 'STATEMENT', 'OTHER']);
const PRECISIONS = new Set(['DAY', 'WEEK', 'MONTH', 'YEAR', 'UNKNOWN']);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count += 1;
  return count;
}

/**
 * The checks of the research folder's verify_gold.py, in TypeScript: word count 250-600; required fields; the title,
 * names, aliases and places occur in the text; ISO3 codes; every event quote occurs verbatim; valid dates (MONTH on the
 * 1st, YEAR on 1 January, OCCURRED not after publication, a scheduled DAY not before it, a weekday word agreeing with
 * a DAY date, a range in order and holding a DAY or YEAR date, endDate not before date); participants are listed
 * people or ISO3 codes. Added here: imposers are listed people, organizations or ISO3 codes.
 */
export function checkGoldFile(slug: string, doc: GoldFile, text: string): GoldProblem[] {
  const problems: GoldProblem[] = [];
  const error = (message: string) => problems.push({ slug, severity: 'error', message });
  const note = (message: string) => problems.push({ slug, severity: 'note', message });
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 250 || words > 600) error(`word count ${words}`);
  for (const key of ['title', 'publishedAt', 'publisher', 'facts', 'people', 'countries', 'organizations', 'places', 'events'] as const) {
    if (doc[key] === undefined) error(`missing ${key}`);
  }
  if (problems.length > 0) return problems;
  if (!text.includes(doc.title)) error('title not in text');
  if (!isIsoDate(doc.publishedAt)) error(`publishedAt ${String(doc.publishedAt)} is not a date`);
  for (const fact of doc.facts) if (!fact.url?.startsWith('http')) error(`fact without url: ${fact.fact}`);
  const names = new Set<string>();
  for (const person of doc.people) {
    names.add(person.name);
    for (const name of [person.name, ...person.aliases]) if (!text.includes(name)) error(`person name/alias not in text: ${name}`);
    if (person.country !== null && !doc.countries.includes(person.country)) error(`person country ${person.country} not in countries`);
  }
  for (const code of doc.countries) if (!/^[A-Z]{3}$/.test(code)) error(`bad ISO3 ${code}`);
  for (const [code, aliases] of Object.entries(doc.countryAliases ?? {})) {
    if (!doc.countries.includes(code)) error(`alias key ${code} not in countries`);
    for (const alias of aliases) if (!text.includes(alias)) error(`country alias not in text: ${alias}`);
  }
  const orgNames = new Set<string>();
  for (const org of doc.organizations) {
    for (const name of [org.name, ...org.aliases]) {
      orgNames.add(name);
      if (!text.includes(name) && !org.note && !name.includes('(')) note(`organization form not verbatim in text: ${name}`);
    }
  }
  for (const place of doc.places) if (!text.toLowerCase().includes(place.name.toLowerCase())) error(`place not in text: ${place.name}`);
  const published = doc.publishedAt;
  doc.events.forEach((e, i) => {
    const tag = `event ${i} (${e.title ?? ''})`;
    if (!EVENT_TYPES.has(e.type)) error(`${tag}: bad type ${e.type}`);
    if (e.status !== 'OCCURRED' && e.status !== 'SCHEDULED') error(`${tag}: bad status ${e.status}`);
    if (!PRECISIONS.has(e.datePrecision)) error(`${tag}: bad precision ${e.datePrecision}`);
    const count = occurrences(text, e.quote);
    if (count === 0) error(`${tag}: quote not verbatim: ${e.quote.slice(0, 80)}`);
    else if (count > 1) note(`${tag}: quote occurs ${count} times`);
    if (e.date !== null) {
      if (!isIsoDate(e.date)) {
        error(`${tag}: date ${String(e.date)} is not a date`);
        return;
      }
      if (e.datePrecision === 'MONTH' && !e.date.endsWith('-01')) error(`${tag}: MONTH date not first of month`);
      if (e.datePrecision === 'YEAR' && !e.date.endsWith('-01-01')) error(`${tag}: YEAR date not Jan 1`);
      if (e.status === 'OCCURRED' && e.date > published) error(`${tag}: occurred after publication`);
      if (e.status === 'SCHEDULED' && e.datePrecision === 'DAY' && e.date < published) error(`${tag}: scheduled before publication`);
      const weekday = new Date(`${e.date}T00:00:00Z`).getUTCDay();
      WEEKDAYS.forEach((word, day) => {
        if (e.datePrecision === 'DAY' && new RegExp(`\\b${word}\\b`).test((e.dateText ?? '').toLowerCase()) && day !== weekday) {
          error(`${tag}: '${word}' but ${e.date} is ${WEEKDAYS[weekday]}`);
        }
      });
    } else if (e.datePrecision !== 'UNKNOWN') {
      error(`${tag}: no date but precision ${e.datePrecision}`);
    }
    if (e.dateRange) {
      const [from, to] = e.dateRange;
      if (!isIsoDate(from) || !isIsoDate(to) || from > to) error(`${tag}: bad range`);
      if (e.date !== null && (e.datePrecision === 'DAY' || e.datePrecision === 'YEAR') && !(from <= e.date && e.date <= to)) {
        error(`${tag}: date outside range`);
      }
      if (e.date !== null && e.datePrecision === 'MONTH' && from.slice(0, 7) !== e.date.slice(0, 7) && !(from <= e.date && e.date <= to)) {
        error(`${tag}: range does not start in the month`);
      }
    }
    if (e.endDate && e.date !== null && e.endDate < e.date) error(`${tag}: endDate before date`);
    for (const p of e.participants) if (!names.has(p) && !doc.countries.includes(p)) error(`${tag}: unknown participant ${p}`);
    for (const p of e.imposedBy ?? []) {
      if (!names.has(p) && !orgNames.has(p) && !doc.countries.includes(p)) error(`${tag}: unknown imposer ${p}`);
    }
  });
  return problems;
}

// ---- the seed: seeds/article.json (the ingestion format, with references) and seeds/article.txt ----

/** A quote of the seed's hand extraction; with a `source`, it is another reference's, not the article's. */
export interface SeedQuote {
  quote: string;
  source?: string;
  supports?: string;
}

/** The parts of seeds/article.json the seed gold is derived from. */
export interface SeedFile {
  source: { title: string; publisher?: string | null; url?: string | null; publishedAt: string | null; textFile?: string };
  entities: {
    ref: string;
    kind: string;
    name?: string;
    code?: string;
    id?: string;
    aliases?: string[];
    contextualAliases?: string[];
    evidence?: SeedQuote[];
  }[];
  events: {
    ref: string;
    title: string;
    type: string;
    status?: string;
    date?: string;
    datePrecision?: string;
    dateText?: string;
    evidence: SeedQuote[];
  }[];
  relations: { type: string; from: string; to: string; representing?: string; evidence?: SeedQuote[] }[];
}

/** Whether an item is stated by the article itself: at least one of its quotes has no `source`. */
export function statedByArticle(item: { evidence?: SeedQuote[] }): boolean {
  return (item.evidence ?? []).some((quote) => quote.source === undefined);
}

/**
 * The seed's gold, counting only what the article states (statedByArticle): people, countries (their codes) and
 * organizations among the entities; the events with the article's own date claim (`date`, `datePrecision`,
 * `dateText`; `dateClaims` are other sources'); an event's participants are the sources of its PARTICIPATED_IN
 * relations stated by the article, with the countries they represented; its imposers the targets of its IMPOSED_BY
 * relations; its places the targets of its HELD_IN relations (refs resolve to entities, countries to their codes).
 */
export function goldFromSeed(doc: SeedFile, text: string, publishedAt: string = SEED_PUBLISHED_AT): GoldArticle {
  const stated = doc.entities.filter(statedByArticle);
  const entity = new Map(doc.entities.map((e) => [e.ref, e]));
  const namesOf = (e: SeedFile['entities'][number]) =>
    [e.name, ...(e.aliases ?? []), ...(e.contextualAliases ?? [])].filter((n): n is string => typeof n === 'string');
  const codeOf = (e: SeedFile['entities'][number]) => e.code ?? /^country:([A-Z]{3})$/.exec(e.id ?? '')?.[1];
  const named = (kind: string) => stated.filter((e) => e.kind === kind).map((e) => ({ name: e.name ?? e.ref, names: namesOf(e) }));
  const actor = (ref: string): Actor => {
    const e = entity.get(ref);
    if (!e) return { names: [ref] };
    const code = e.kind === 'COUNTRY' ? codeOf(e) : undefined;
    return { ...(code ? { code } : {}), names: namesOf(e) };
  };
  const relations = doc.relations.filter(statedByArticle);
  const events: GoldEvent[] = doc.events.filter(statedByArticle).map((e) => {
    const date = e.date ?? null;
    return {
      title: e.title,
      type: e.type,
      status: e.status ?? 'OCCURRED',
      date,
      datePrecision: e.datePrecision ?? (date === null ? 'UNKNOWN' : 'DAY'),
      dateText: e.dateText ?? null,
      dateRange: null,
      endDate: null,
      places: relations.filter((r) => r.type === 'HELD_IN' && r.from === e.ref).flatMap((r) => actor(r.to).names),
      participants: relations
        .filter((r) => r.type === 'PARTICIPATED_IN' && r.to === e.ref)
        .flatMap((r) => [actor(r.from), ...(r.representing ? [actor(r.representing)] : [])]),
      imposers: relations.filter((r) => r.type === 'IMPOSED_BY' && r.from === e.ref).map((r) => actor(r.to)),
      quotes: e.evidence.filter((q) => q.source === undefined).map((q) => q.quote),
    };
  });
  return {
    slug: 'seed-article',
    group: 'seed',
    input: {
      text,
      publishedAt,
      title: doc.source.title,
      ...(doc.source.url ? { url: doc.source.url } : {}),
      ...(doc.source.publisher ? { publisher: doc.source.publisher } : {}),
    },
    publishedAt,
    people: named('PERSON'),
    countries: stated
      .filter((e) => e.kind === 'COUNTRY')
      .map(codeOf)
      .filter((code): code is string => code !== undefined),
    organizations: named('ORGANIZATION'),
    events,
  };
}

/** Reads seeds/article.json and its text file. */
export function readSeedFile(dir: string = seedDir()): { doc: SeedFile; text: string } {
  const doc = JSON.parse(readFileSync(join(dir, 'article.json'), 'utf8')) as SeedFile;
  return { doc, text: readFileSync(join(dir, doc.source.textFile ?? 'article.txt'), 'utf8') };
}

/** The seed article's gold. */
export function loadSeed(dir: string = seedDir()): GoldArticle {
  const { doc, text } = readSeedFile(dir);
  return goldFromSeed(doc, text);
}

/** Checks of the seed gold: the article's own quotes occur in its text, its dates are dates. */
export function checkSeedGold(doc: SeedFile, text: string): GoldProblem[] {
  const problems: GoldProblem[] = [];
  const items = [...doc.entities, ...doc.events, ...doc.relations] as { ref?: string; type?: string; evidence?: SeedQuote[] }[];
  for (const item of items) {
    for (const quote of item.evidence ?? []) {
      if (quote.source === undefined && !text.includes(quote.quote)) {
        problems.push({ slug: 'seed-article', severity: 'error', message: `${item.ref ?? item.type}: quote not in text: ${quote.quote}` });
      }
    }
  }
  for (const event of doc.events) {
    if (event.date !== undefined && !isIsoDate(event.date)) {
      problems.push({ slug: 'seed-article', severity: 'error', message: `${event.ref}: date ${String(event.date)} is not a date` });
    }
  }
  return problems;
}

/** The eight gold articles then the seed, with every problem their checks found. */
export function loadAll(root: string = projectRoot(__dirname)): { articles: GoldArticle[]; problems: GoldProblem[] } {
  const files = readGoldFiles(goldDir(root));
  const seed = readSeedFile(seedDir(root));
  return {
    articles: [...files.map(({ slug, doc, text }) => goldFromFile(slug, doc, text)), goldFromSeed(seed.doc, seed.text)],
    problems: [...files.flatMap(({ slug, doc, text }) => checkGoldFile(slug, doc, text)), ...checkSeedGold(seed.doc, seed.text)],
  };
}
