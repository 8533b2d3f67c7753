/**
 * Pure matching and metrics of `npm run extract:eval`: what an extractor's draft found against a gold article
 * (gold.ts), kind by kind. No file, clock or database here.
 *
 * The rules, in one place (the unit test tests/unit/extract-score.test.ts pins each one):
 * - Names are compared in a normal form (normalizeName): accents and case dropped, the apostrophes, periods and
 *   hyphens inside a name removed ("U.S." -> "us", "Joon-il" -> "joonil"), any other punctuation a space, a leading
 *   "the" dropped, spaces collapsed. Two names are the same name when their forms are equal once spaces are removed.
 * - People: an extracted PERSON matches a gold person when one of its names (name, aliases, contextual aliases) is
 *   the same name as one of the gold's (name, aliases), or when the shorter of the two names has at least two words
 *   and they occur, in order and together, among the other's words ("Joe Biden" in "U.S. President Joe Biden"), or
 *   it has exactly two words and they occur together reversed ("Kishida Fumio" / "Fumio Kishida").
 * - Countries: by ISO 3166-1 alpha-3 code (the entity's `code`, else the code in an id `country:XXX`).
 * - Organizations: the same name (any name or alias of either), or the shorter name, of at least two words, occurs
 *   in order and together among the other's words ("Foreign Ministry" in "Brazil's Foreign Ministry"); never
 *   a reordering ("Foreign Ministry" and "Ministry of Foreign Affairs" do not match), never one-word containment
 *   ("EU" does not match "Council of the EU").
 * - Events: the same type, and a date that agrees as far as the text can tell (dateWindow): a gold DAY date wants that
 *   day; a gold WEEK, MONTH or YEAR date, or a `dateRange`, wants a date inside the period (the hull of the
 *   precision's period and the range), or no date; a gold event with neither accepts any date or none.
 * - Every kind is matched one to one, greedily: the candidate pairs sorted by strength (people and organizations:
 *   same name before containment; events: overlapping evidence quotes, then shared participants, imposers and place,
 *   then the same date), ties in gold order then extraction order.
 * - Dates, among matched events (dateVerdict): `exact` when date (or its absence) and precision are the gold's;
 *   right when exact, or the gold has a period (WEEK, MONTH, YEAR, dateRange) and the extraction a date inside it
 *   (any precision), or the gold has neither date nor range and the extraction no date.
 */

/** The part of an extractor's draft (the ingestion format, docs/ingestion.md) that the evaluation reads. */
export interface DraftLike {
  readonly entities: readonly DraftEntity[];
  readonly events: readonly DraftEvent[];
  readonly relations: readonly DraftRelation[];
}

/** An entity of a draft: a ref, a kind and its names or id. */
export interface DraftEntity {
  readonly ref: string;
  readonly kind: string;
  readonly id?: string | null;
  readonly code?: string | null;
  readonly name?: string | null;
  readonly aliases?: readonly string[] | null;
  readonly contextualAliases?: readonly string[] | null;
}

/** An event of a draft: its type, the article's date claim and its quotes. */
export interface DraftEvent {
  readonly ref: string;
  readonly id?: string | null;
  readonly title: string;
  readonly type: string;
  readonly status?: string | null;
  readonly date?: string | null;
  readonly datePrecision?: string | null;
  readonly dateText?: string | null;
  readonly evidence?: readonly { readonly quote: string }[] | null;
}

/** A relation of a draft between refs or ids. */
export interface DraftRelation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly representing?: string | null;
}

/** A participant, imposer or other actor of an event: a country code and/or names. */
export interface Actor {
  code?: string;
  names: string[];
}

/** A gold person or organization: the name shown and every name it may be found under. */
export interface GoldNamed {
  name: string;
  names: string[];
}

/** A gold event in the one shape both gold formats load into (gold.ts). */
export interface GoldEvent {
  title: string;
  type: string;
  status: string;
  /** YYYY-MM-DD or null when the text gives no date. */
  date: string | null;
  datePrecision: string;
  dateText: string | null;
  /** What the words allow, when they are vague ([first, last] day). */
  dateRange: [string, string] | null;
  endDate: string | null;
  /** Place names (a gold place string such as "presidential office, Yongsan, Seoul" is one name). */
  places: string[];
  participants: Actor[];
  imposers: Actor[];
  /** The quotes that state it. */
  quotes: string[];
}

/** The gold of one article, as scoreArticle compares it. */
export interface GoldFacts {
  publishedAt: string;
  people: GoldNamed[];
  countries: string[];
  organizations: GoldNamed[];
  events: GoldEvent[];
}

/** An extracted event, with its actors and places resolved from the draft's relations. */
export interface FoundEvent {
  ref: string;
  title: string;
  type: string;
  status: string;
  date: string | null;
  datePrecision: string;
  dateText: string | null;
  quotes: string[];
  /** PARTICIPATED_IN sources (and the countries they represented). */
  participants: Actor[];
  /** IMPOSED_BY targets. */
  imposers: Actor[];
  /** HELD_IN targets' names. */
  places: string[];
}

/** An extracted person, organization or country. */
export interface FoundNamed {
  label: string;
  names: string[];
  code?: string;
}

/** What a draft found, in the shape scoreArticle compares. */
export interface FoundFacts {
  people: FoundNamed[];
  countries: FoundNamed[];
  organizations: FoundNamed[];
  events: FoundEvent[];
}

/** Gold, found and matched counts of one kind. */
export interface Counts {
  gold: number;
  found: number;
  matched: number;
}

/** One matched pair, by labels, and the rule that matched it. */
export interface MatchPair {
  gold: string;
  found: string;
  by: string;
}

/** The matching of one kind in one article: counts, the pairs, the gold misses and the false finds. */
export interface KindResult extends Counts {
  pairs: MatchPair[];
  missed: string[];
  falseFinds: string[];
}

/** How a matched event's date compares with the gold's. */
export type DateVerdict = 'right' | 'wrong' | 'missing';

/** A matched event pair with its date and status verdicts. */
export interface EventPair extends MatchPair {
  /** Positions in the gold's and the extraction's event lists. */
  goldIndex: number;
  foundIndex: number;
  /** Gold participants, imposers and place found on the extracted event. */
  shared: number;
  /** Whether their quotes overlap (quotesOverlap). */
  quoteOverlap: boolean;
  date: DateVerdict;
  exact: boolean;
  statusRight: boolean;
}

/** The event matching of one article. */
export interface EventResult extends KindResult {
  pairs: EventPair[];
}

/** The date checks of one article. */
export interface DateResult {
  /** Matched events. */
  matched: number;
  /** Matched events whose date is right (dateVerdict). */
  right: number;
  /** Matched events whose date and precision equal the gold's. */
  exact: number;
  /** Matched events without a date where the gold has one. */
  missing: number;
  /** Matched events whose status (default OCCURRED) equals the gold's. */
  statusRight: number;
  /** Matched events whose date is not right: "gold ... | found ...". */
  wrong: string[];
  /** Extracted dates after publishedAt that no matched gold event supports. */
  futureBeyondText: string[];
  /** Extracted dates before 2015 or after 2024 (some are history the text states, e.g. "the 1998 declaration"). */
  outside2015to2024: number;
  /** Of those, the ones no matched gold event supports. */
  outsideUnsupported: string[];
  /** Extracted dates in 2024. */
  in2024: number;
}

/** The score of one article. */
export interface ArticleScore {
  people: KindResult;
  countries: KindResult;
  organizations: KindResult;
  events: EventResult;
  dates: DateResult;
}

/** Precision and recall of counts; null when there is nothing to divide by. */
export interface Rates {
  precision: number | null;
  recall: number | null;
}

/** The normal form of a name: accents, case, inner punctuation and a leading "the" dropped, spaces collapsed. */
export function normalizeName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´.\-‐‑–]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}

/** The words of a name's normal form. */
export function nameWords(name: string): string[] {
  const normal = normalizeName(name);
  return normal.length === 0 ? [] : normal.split(' ');
}

/** Whether `needle` occurs in `haystack` as consecutive words, in order. */
export function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((word, i) => haystack[start + i] === word)) return true;
  }
  return false;
}

/** How two single names of people match: 'name' (same name), 'pair' (given-surname pair contained or reversed), or null. */
export function personNamesMatch(a: string, b: string): 'name' | 'pair' | null {
  const wordsA = nameWords(a);
  const wordsB = nameWords(b);
  if (wordsA.length === 0 || wordsB.length === 0) return null;
  if (wordsA.join('') === wordsB.join('')) return 'name';
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  if (shorter.length < 2) return null;
  if (containsWords(longer, shorter)) return 'pair';
  if (shorter.length === 2 && containsWords(longer, [shorter[1], shorter[0]])) return 'pair';
  return null;
}

/** How two single names of organizations match: 'name' (same name), 'contains' (the shorter, of 2+ words, inside the other), or null. */
export function orgNamesMatch(a: string, b: string): 'name' | 'contains' | null {
  const wordsA = nameWords(a);
  const wordsB = nameWords(b);
  if (wordsA.length === 0 || wordsB.length === 0) return null;
  if (wordsA.join('') === wordsB.join('')) return 'name';
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  return shorter.length >= 2 && containsWords(longer, shorter) ? 'contains' : null;
}

type NameRule = (a: string, b: string) => string | null;

/** The strongest rule matching any name of `gold` with any name of `found` (rules are listed strongest first). */
function bestNameMatch(
  goldNames: readonly string[],
  foundNames: readonly string[],
  rule: NameRule,
  order: readonly string[],
): string | null {
  let best: string | null = null;
  for (const g of goldNames) {
    for (const f of foundNames) {
      const by = rule(g, f);
      if (by !== null && (best === null || order.indexOf(by) < order.indexOf(best))) best = by;
    }
  }
  return best;
}

/** A possible pair for greedyAssign: positions in the gold and extracted lists, its strength and rule. */
export interface Candidate {
  gold: number;
  found: number;
  /** Larger first, compared element by element. */
  strength: number[];
  by: string;
}

/** One-to-one greedy assignment: candidates by strength (descending), then gold order, then extraction order. */
export function greedyAssign<C extends Candidate>(candidates: C[]): C[] {
  const sorted = [...candidates].sort((x, y) => {
    for (let i = 0; i < Math.max(x.strength.length, y.strength.length); i += 1) {
      const d = (y.strength[i] ?? 0) - (x.strength[i] ?? 0);
      if (d !== 0) return d;
    }
    return x.gold - y.gold || x.found - y.found;
  });
  const goldTaken = new Set<number>();
  const foundTaken = new Set<number>();
  const chosen: C[] = [];
  for (const candidate of sorted) {
    if (goldTaken.has(candidate.gold) || foundTaken.has(candidate.found)) continue;
    goldTaken.add(candidate.gold);
    foundTaken.add(candidate.found);
    chosen.push(candidate);
  }
  return chosen.sort((x, y) => x.gold - y.gold);
}

function kindResult<G, F>(
  gold: readonly G[],
  found: readonly F[],
  chosen: Candidate[],
  goldLabel: (g: G) => string,
  foundLabel: (f: F) => string,
): KindResult {
  const goldTaken = new Set(chosen.map((c) => c.gold));
  const foundTaken = new Set(chosen.map((c) => c.found));
  return {
    gold: gold.length,
    found: found.length,
    matched: chosen.length,
    pairs: chosen.map((c) => ({ gold: goldLabel(gold[c.gold]), found: foundLabel(found[c.found]), by: c.by })),
    missed: gold.filter((_, i) => !goldTaken.has(i)).map(goldLabel),
    falseFinds: found.filter((_, i) => !foundTaken.has(i)).map(foundLabel),
  };
}

function matchNamed(gold: readonly GoldNamed[], found: readonly FoundNamed[], rule: NameRule, order: readonly string[]): KindResult {
  const candidates: Candidate[] = [];
  gold.forEach((g, gi) =>
    found.forEach((f, fi) => {
      const by = bestNameMatch(g.names, f.names, rule, order);
      if (by !== null) candidates.push({ gold: gi, found: fi, strength: [order.length - order.indexOf(by)], by });
    }),
  );
  return kindResult(
    gold,
    found,
    greedyAssign(candidates),
    (g) => g.name,
    (f) => f.label,
  );
}

/** People: same name, else the given-surname pair (personNamesMatch); one to one. */
export function matchPeople(gold: readonly GoldNamed[], found: readonly FoundNamed[]): KindResult {
  return matchNamed(gold, found, personNamesMatch, ['name', 'pair']);
}

/** Organizations: same name, else word containment (orgNamesMatch); one to one. */
export function matchOrganizations(gold: readonly GoldNamed[], found: readonly FoundNamed[]): KindResult {
  return matchNamed(gold, found, orgNamesMatch, ['name', 'contains']);
}

/** Countries: by ISO3 code; one to one (a country extracted twice is once a false find). */
export function matchCountries(gold: readonly string[], found: readonly FoundNamed[]): KindResult {
  const candidates: Candidate[] = [];
  gold.forEach((code, gi) =>
    found.forEach((f, fi) => {
      if (f.code !== undefined && f.code === code) candidates.push({ gold: gi, found: fi, strength: [1], by: 'code' });
    }),
  );
  return kindResult(
    gold,
    found,
    greedyAssign(candidates),
    (code) => code,
    (f) => f.label,
  );
}

// ---- dates ----

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function utc(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first and last day of the WEEK (Monday-Sunday), MONTH or YEAR containing a date; null for DAY or UNKNOWN. */
export function precisionPeriod(date: string, precision: string): [string, string] | null {
  const d = utc(date);
  switch (precision) {
    case 'WEEK': {
      const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
      return [iso(monday), iso(new Date(monday.getTime() + 6 * 86_400_000))];
    }
    case 'MONTH':
      return [
        iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1))),
        iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0))),
      ];
    case 'YEAR':
      return [`${d.getUTCFullYear()}-01-01`, `${d.getUTCFullYear()}-12-31`];
    default:
      return null;
  }
}

/** What dates a gold event accepts: one day, a period (first and last day), or any date (or none). */
export type DateWindow = { kind: 'day'; day: string } | { kind: 'range'; from: string; to: string } | { kind: 'any' };

/**
 * The dates a gold event accepts. A DAY date: that day. A WEEK, MONTH or YEAR date and/or a `dateRange`: the smallest
 * period holding both the precision's period and the range (so "later this month", dated the 1st with a range from
 * the 9th, accepts the 1st that the MONTH convention gives). Neither: any.
 */
export function dateWindow(gold: Pick<GoldEvent, 'date' | 'datePrecision' | 'dateRange'>): DateWindow {
  if (gold.date !== null && gold.datePrecision === 'DAY') return { kind: 'day', day: gold.date };
  const spans: [string, string][] = [];
  if (gold.date !== null) spans.push(precisionPeriod(gold.date, gold.datePrecision) ?? [gold.date, gold.date]);
  if (gold.dateRange) spans.push(gold.dateRange);
  if (spans.length === 0) return { kind: 'any' };
  return {
    kind: 'range',
    from: spans.map((s) => s[0]).reduce((a, b) => (a < b ? a : b)),
    to: spans.map((s) => s[1]).reduce((a, b) => (a > b ? a : b)),
  };
}

/** Whether an extracted date (or none) agrees with a gold event's window, for matching. */
export function dateAgrees(window: DateWindow, found: string | null): boolean {
  switch (window.kind) {
    case 'day':
      return found === window.day;
    case 'range':
      return found === null || (window.from <= found && found <= window.to);
    case 'any':
      return true;
  }
}

/**
 * Whether a matched event's date is right, and whether it is exactly the gold's (same date, or both none, and same
 * precision). Right: exact; or the gold has a DAY date and the extraction that day with precision DAY (which is
 * exact); or the gold has a period (dateWindow) and the extraction a date inside it, whatever its precision; or the
 * gold has neither date nor range and the extraction no date. 'missing': no date where the gold has a date or range.
 */
export function dateVerdict(
  gold: Pick<GoldEvent, 'date' | 'datePrecision' | 'dateRange'>,
  found: Pick<FoundEvent, 'date' | 'datePrecision'>,
): { verdict: DateVerdict; exact: boolean } {
  const exact = found.date === gold.date && found.datePrecision === gold.datePrecision;
  if (exact) return { verdict: 'right', exact };
  const window = dateWindow(gold);
  if (window.kind === 'any') return { verdict: found.date === null ? 'right' : 'wrong', exact };
  if (found.date === null) return { verdict: 'missing', exact };
  if (window.kind === 'range' && window.from <= found.date && found.date <= window.to) return { verdict: 'right', exact };
  return { verdict: 'wrong', exact };
}

// ---- events ----

function actorsMatch(a: Actor, b: Actor): boolean {
  if (a.code !== undefined && a.code === b.code) return true;
  return a.names.some((x) => b.names.some((y) => personNamesMatch(x, y) !== null || orgNamesMatch(x, y) !== null));
}

/** How many of the gold's participants, imposers and places (at most one point for the place) the extracted event shares. */
export function sharedWithGold(gold: GoldEvent, found: FoundEvent): number {
  const goldActors = [...gold.participants, ...gold.imposers];
  const foundActors = [...found.participants, ...found.imposers];
  const actors = goldActors.filter((g) => foundActors.some((f) => actorsMatch(g, f))).length;
  const place = gold.places.some((g) => found.places.some((f) => placesMatch(g, f))) ? 1 : 0;
  return actors + place;
}

/** A place name matches when the words of one occur together in the other ("Seoul" in "presidential office, Yongsan, Seoul"). */
export function placesMatch(a: string, b: string): boolean {
  const wordsA = nameWords(a.replace(/\([^)]*\)/g, ' '));
  const wordsB = nameWords(b.replace(/\([^)]*\)/g, ' '));
  if (wordsA.length === 0 || wordsB.length === 0) return false;
  return wordsA.join('') === wordsB.join('') || containsWords(wordsA, wordsB) || containsWords(wordsB, wordsA);
}

/**
 * Whether two sets of quotes overlap: one quote (of three words or more) inside another, or five consecutive words in
 * common (compared in the normal form of names).
 */
export function quotesOverlap(a: readonly string[], b: readonly string[]): boolean {
  const shingles = (words: string[]) => {
    const set = new Set<string>();
    for (let i = 0; i + 5 <= words.length; i += 1) set.add(words.slice(i, i + 5).join(' '));
    return set;
  };
  for (const x of a) {
    const wordsX = nameWords(x);
    const shinglesX = shingles(wordsX);
    for (const y of b) {
      const wordsY = nameWords(y);
      if (Math.min(wordsX.length, wordsY.length) >= 3 && (containsWords(wordsX, wordsY) || containsWords(wordsY, wordsX))) return true;
      for (const shingle of shingles(wordsY)) if (shinglesX.has(shingle)) return true;
    }
  }
  return false;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A gold event as one line: type, date, precision, date words, title. */
export function goldEventLabel(event: GoldEvent): string {
  const range = event.dateRange ? ` [${event.dateRange[0]}..${event.dateRange[1]}]` : '';
  return oneLine(`${event.type} ${event.date ?? '-'} ${event.datePrecision}${range} "${event.dateText ?? ''}" ${event.title}`);
}

/** An extracted event as one line: type, date, precision, date words, title. */
export function foundEventLabel(event: FoundEvent): string {
  return oneLine(`${event.type} ${event.date ?? '-'} ${event.datePrecision} "${event.dateText ?? ''}" ${event.title}`);
}

/**
 * Events: a candidate pair has the same type and an agreeing date (dateAgrees); pairs are taken greedily by
 * overlapping evidence quotes (the most direct sign of the same event), then shared participants/imposers/place (which
 * tell apart events stated by one quote, such as four sanctions "by South Korea, the United States, Japan and
 * Australia"), then the same date.
 */
export function matchEvents(gold: readonly GoldEvent[], found: readonly FoundEvent[]): EventResult {
  const candidates: (Candidate & { shared: number; overlap: boolean })[] = [];
  gold.forEach((g, gi) => {
    const window = dateWindow(g);
    found.forEach((f, fi) => {
      if (g.type !== f.type || !dateAgrees(window, f.date)) return;
      const shared = sharedWithGold(g, f);
      const overlap = quotesOverlap(g.quotes, f.quotes);
      const sameDate = f.date !== null && f.date === g.date ? 1 : 0;
      candidates.push({ gold: gi, found: fi, strength: [overlap ? 1 : 0, shared, sameDate], by: 'type+date', shared, overlap });
    });
  });
  const chosen = greedyAssign(candidates);
  const base = kindResult(gold, found, chosen, goldEventLabel, foundEventLabel);
  return {
    ...base,
    pairs: chosen.map((c) => {
      const verdict = dateVerdict(gold[c.gold], found[c.found]);
      return {
        gold: goldEventLabel(gold[c.gold]),
        found: foundEventLabel(found[c.found]),
        by: c.by,
        goldIndex: c.gold,
        foundIndex: c.found,
        shared: c.shared,
        quoteOverlap: c.overlap,
        date: verdict.verdict,
        exact: verdict.exact,
        statusRight: gold[c.gold].status === found[c.found].status,
      };
    }),
  };
}

/** The date checks of one article, given its event matching (see DateResult). */
export function checkDates(publishedAt: string, gold: readonly GoldEvent[], found: readonly FoundEvent[], events: EventResult): DateResult {
  const goldByFound = new Map(events.pairs.map((pair) => [pair.foundIndex, gold[pair.goldIndex]]));
  /** A date is supported when its event matched a gold event that has a date or range (matching checked agreement). */
  const supported = (fi: number) => {
    const g = goldByFound.get(fi);
    return g !== undefined && dateWindow(g).kind !== 'any';
  };
  const result: DateResult = {
    matched: events.pairs.length,
    right: events.pairs.filter((p) => p.date === 'right').length,
    exact: events.pairs.filter((p) => p.exact).length,
    missing: events.pairs.filter((p) => p.date === 'missing').length,
    statusRight: events.pairs.filter((p) => p.statusRight).length,
    wrong: events.pairs.filter((p) => p.date !== 'right').map((p) => `gold ${p.gold} | found ${p.found}`),
    futureBeyondText: [],
    outside2015to2024: 0,
    outsideUnsupported: [],
    in2024: 0,
  };
  found.forEach((f, fi) => {
    if (f.date === null) return;
    const year = Number(f.date.slice(0, 4));
    if (f.date > publishedAt && !supported(fi)) result.futureBeyondText.push(foundEventLabel(f));
    if (year < 2015 || year > 2024) {
      result.outside2015to2024 += 1;
      if (!supported(fi)) result.outsideUnsupported.push(foundEventLabel(f));
    }
    if (year === 2024) result.in2024 += 1;
  });
  return result;
}

// ---- drafts ----

function entityNames(entity: DraftEntity): string[] {
  const names = [entity.name, ...(entity.aliases ?? []), ...(entity.contextualAliases ?? [])].filter(
    (name): name is string => typeof name === 'string' && name.trim().length > 0,
  );
  if (names.length === 0 && entity.id) names.push(entity.id.replace(/^[a-z]+:/, '').replace(/-/g, ' '));
  return names;
}

/** The ISO3 code of a country entity: its `code`, else the one in an id `country:XXX`. */
export function countryCode(entity: Pick<DraftEntity, 'code' | 'id'>): string | undefined {
  if (entity.code) return entity.code.toUpperCase();
  const match = /^country:([A-Za-z]{3})$/.exec(entity.id ?? '');
  return match ? match[1].toUpperCase() : undefined;
}

/** Reads what a draft found: people, countries, organizations, and events with their actors and places. */
export function foundFromDraft(draft: DraftLike): FoundFacts {
  const byRef = new Map<string, DraftEntity>();
  for (const entity of draft.entities) {
    byRef.set(entity.ref, entity);
    if (entity.id) byRef.set(entity.id, entity);
  }
  const named = (entity: DraftEntity): FoundNamed => ({
    label: entity.name ?? entity.id ?? entity.ref,
    names: entityNames(entity),
    ...(entity.kind === 'COUNTRY' ? { code: countryCode(entity) } : {}),
  });
  const actor = (refOrId: string): Actor => {
    const entity = byRef.get(refOrId);
    if (entity) {
      const code = entity.kind === 'COUNTRY' ? countryCode(entity) : undefined;
      return { ...(code ? { code } : {}), names: entityNames(entity) };
    }
    const code = countryCode({ id: refOrId });
    if (code) return { code, names: [] };
    return { names: [refOrId.replace(/^[a-z]+:/, '').replace(/-/g, ' ')] };
  };
  const of = (kind: string) => draft.entities.filter((e) => e.kind === kind).map(named);
  return {
    people: of('PERSON'),
    countries: of('COUNTRY'),
    organizations: of('ORGANIZATION'),
    events: draft.events.map((event) => {
      const refs = new Set([event.ref, ...(event.id ? [event.id] : [])]);
      const participants: Actor[] = [];
      const imposers: Actor[] = [];
      const places: string[] = [];
      for (const relation of draft.relations) {
        if (relation.type === 'PARTICIPATED_IN' && refs.has(relation.to)) {
          participants.push(actor(relation.from));
          if (relation.representing) participants.push(actor(relation.representing));
        } else if (relation.type === 'IMPOSED_BY' && refs.has(relation.from)) {
          imposers.push(actor(relation.to));
        } else if (relation.type === 'HELD_IN' && refs.has(relation.from)) {
          places.push(...actor(relation.to).names);
        }
      }
      const date = isIsoDate(event.date) ? event.date : null;
      return {
        ref: event.ref,
        title: event.title,
        type: event.type,
        status: event.status ?? 'OCCURRED',
        date,
        datePrecision: event.datePrecision ?? (date === null ? 'UNKNOWN' : 'DAY'),
        dateText: event.dateText ?? null,
        quotes: (event.evidence ?? []).map((quote) => quote.quote),
        participants,
        imposers,
        places,
      };
    }),
  };
}

/** Scores one article: every kind matched one to one against its gold, and the date checks. */
export function scoreArticle(gold: GoldFacts, found: FoundFacts): ArticleScore {
  const events = matchEvents(gold.events, found.events);
  return {
    people: matchPeople(gold.people, found.people),
    countries: matchCountries(gold.countries, found.countries),
    organizations: matchOrganizations(gold.organizations, found.organizations),
    events,
    dates: checkDates(gold.publishedAt, gold.events, found.events, events),
  };
}

/** Precision (matched / found) and recall (matched / gold); null when the divisor is 0. */
export function rates(counts: Counts): Rates {
  return {
    precision: counts.found === 0 ? null : counts.matched / counts.found,
    recall: counts.gold === 0 ? null : counts.matched / counts.gold,
  };
}

/** Counts summed over articles: micro-averaging is rates() of the sum. */
export function sumCounts(all: readonly Counts[]): Counts {
  return all.reduce((sum, c) => ({ gold: sum.gold + c.gold, found: sum.found + c.found, matched: sum.matched + c.matched }), {
    gold: 0,
    found: 0,
    matched: 0,
  });
}
