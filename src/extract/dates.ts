import { chronoParse, nlp } from './nlp';
import { SCHEDULED } from './patterns';
import { Sentence, Zone } from './text';
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from './words';

/**
 * Dates in a sentence, resolved against the day the article was published (never the day a page was captured), with
 * the precision the words allow and the words themselves: explicit dates by chrono-node ("Nov. 15", "Aug. 18, 2023",
 * "in February"), and the relative words news writes by rules of our own, which chrono-node resolves differently
 * (a weekday by the tense of its clause, "last week" as that week, "August this year" as that month, "recently" as
 * no date at all).
 */

/** How precise a date is (the model's DatePrecision). */
export type Precision = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | 'UNKNOWN';

/** A date the text gives, where it gives it. `date` is the period's first day; null for words that give no date. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: string | null;
  precision: Precision;
  /** The rule that read it (for the review). */
  rule: string;
}

const DAY_MS = 86_400_000;
/** What an explicit date has in it: a month's name (capitalized, as in text) or a numeric date. */
const EXPLICIT_DATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|$)|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\//u;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function toDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function ymd(year: number, month: number, day = 1): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * Whether the words around [start, end) of a sentence speak of the future: words that schedule ("will",
 * "upcoming", "is set to") in the same comma-delimited part, else the tense of its verbs (compromise), else of the
 * sentence's. A present tense in the body of a story is the future ("talks that end on Friday"), but in a headline
 * or a photo caption it is the past told in the present ("envoys meet in Tokyo on Thursday").
 */
export function futureClause(sentence: string, start: number, end: number, zone: Zone = 'body'): boolean {
  let from = 0;
  for (const match of sentence.slice(0, start).matchAll(/[,;:—–(]/gu)) from = match.index + 1;
  const after = /[,;:—–)]/u.exec(sentence.slice(end));
  const part = sentence.slice(from, after ? end + after.index : sentence.length);
  if (SCHEDULED.test(sentence.slice(from, end))) return true;
  const tenses = tensesOf(part);
  if (tenses.has('PastTense')) return false;
  if (tenses.has('FutureTense')) return true;
  if (tenses.has('PresentTense')) return zone === 'body';
  const all = tensesOf(sentence);
  if (all.has('FutureTense') || SCHEDULED.test(sentence.slice(0, end))) return true;
  return false;
}

/** The tenses of the verbs in some words, by compromise. */
function tensesOf(words: string): Set<string> {
  const verbs = nlp(words).verbs().json() as Array<{ verb?: { grammar?: { tense?: string } } }>;
  return new Set(verbs.map((verb) => verb.verb?.grammar?.tense ?? ''));
}

interface Rule {
  name: string;
  pattern: RegExp;
  resolve(match: RegExpExecArray, published: string, future: () => boolean): { date: string | null; precision: Precision } | null;
}

/** The day of the week a date falls on, Monday 0. */
function mondayIndex(day: number): number {
  return (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
}

function weekStart(day: number): string {
  return fromDay(day - mondayIndex(day));
}

function monthStart(published: string, offset: number): string {
  const [year, month] = published.split('-').map(Number);
  return ymd(year, month + offset);
}

/** A month named without a year: the one the tense points to from the publication month. */
function monthOfYear(month: number, published: string, direction: 'past' | 'future' | 'last' | 'next' | 'this'): string {
  const [year, pubMonth] = published.split('-').map(Number);
  if (direction === 'this') return ymd(year, month);
  if (direction === 'last') return ymd(month < pubMonth ? year : year - 1, month);
  if (direction === 'next') return ymd(month > pubMonth ? year : year + 1, month);
  if (direction === 'past') return ymd(month <= pubMonth ? year : year - 1, month);
  return ymd(month >= pubMonth ? year : year + 1, month);
}

const RULES: Rule[] = [
  {
    name: 'weekday',
    pattern:
      /\b(?:(last|next|this|on|early|late|by|until|from)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?\b/gu,
    resolve(match, published, future) {
      const target = WEEKDAYS.indexOf(match[2].toLowerCase());
      const pub = toDay(published);
      const today = new Date(pub * DAY_MS).getUTCDay();
      const modifier = match[1]?.toLowerCase();
      const back = (today - target + 7) % 7;
      const ahead = (target - today + 7) % 7;
      if (modifier === 'last') return { date: fromDay(pub - (back || 7)), precision: 'DAY' };
      if (modifier === 'next') return { date: fromDay(pub + (ahead || 7)), precision: 'DAY' };
      return { date: fromDay(future() ? pub + ahead : pub - back), precision: 'DAY' };
    },
  },
  {
    name: 'yesterday, today, tomorrow',
    pattern: /\b(yesterday|today|tonight|tomorrow)\b/giu,
    resolve(match, published) {
      const offset = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[match[1].toLowerCase()] ?? 0;
      return { date: fromDay(toDay(published) + offset), precision: 'DAY' };
    },
  },
  {
    name: 'day of the month',
    pattern: /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$|of\s+(?:this|last|next)\s+month\b|and\b|or\b))/giu,
    resolve(match, published, future) {
      const day = Number(match[1]);
      if (day < 1 || day > 31) return null;
      const [year, month, pubDay] = published.split('-').map(Number);
      const offset = future() ? (day >= pubDay ? 0 : 1) : day <= pubDay ? 0 : -1;
      return { date: ymd(year, month + offset, day), precision: 'DAY' };
    },
  },
  {
    name: 'week',
    pattern: /\b(last|this|next|earlier this|later this|past)\s+week\b/giu,
    resolve(match, published) {
      const modifier = match[1].toLowerCase();
      const offset = modifier === 'last' || modifier === 'past' ? -7 : modifier === 'next' ? 7 : 0;
      return { date: weekStart(toDay(published) + offset), precision: 'WEEK' };
    },
  },
  {
    name: 'weekend',
    pattern: /\b(?:(over|at|during|this|last|next)\s+the\s+|(last|this|next)\s+)weekend\b/giu,
    resolve(match, published, future) {
      const modifier = (match[2] ?? match[1]).toLowerCase();
      const pub = toDay(published);
      const ahead = modifier === 'next' || (modifier !== 'last' && future());
      const saturday = ahead
        ? pub + ((6 - new Date(pub * DAY_MS).getUTCDay() + 7) % 7)
        : pub - ((new Date(pub * DAY_MS).getUTCDay() + 1) % 7 || 7);
      return { date: weekStart(saturday), precision: 'WEEK' };
    },
  },
  {
    name: 'month named with its year',
    pattern:
      /\b(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+(this|last|next)\s+year\b/gu,
    resolve(match, published) {
      const year = Number(published.slice(0, 4)) + ({ this: 0, last: -1, next: 1 }[match[2].toLowerCase()] ?? 0);
      return { date: ymd(year, MONTHS.indexOf(match[1].toLowerCase()) + 1), precision: 'MONTH' };
    },
  },
  {
    name: 'last or next month named',
    pattern: /\b(last|next|this|past)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/gu,
    resolve(match, published) {
      const modifier = match[1].toLowerCase();
      return {
        date: monthOfYear(
          MONTHS.indexOf(match[2].toLowerCase()) + 1,
          published,
          modifier === 'past' ? 'last' : (modifier as 'last' | 'next' | 'this'),
        ),
        precision: 'MONTH',
      };
    },
  },
  {
    name: 'month',
    pattern: /\b(last|this|next|earlier this|later this|past)\s+month\b/giu,
    resolve(match, published) {
      const modifier = match[1].toLowerCase();
      return {
        date: monthStart(published, modifier === 'last' || modifier === 'past' ? -1 : modifier === 'next' ? 1 : 0),
        precision: 'MONTH',
      };
    },
  },
  {
    name: 'year',
    pattern: /\b(last|this|next|earlier this|later this|past)\s+year\b/giu,
    resolve(match, published) {
      const modifier = match[1].toLowerCase();
      const year = Number(published.slice(0, 4)) + (modifier === 'last' || modifier === 'past' ? -1 : modifier === 'next' ? 1 : 0);
      return { date: `${year}-01-01`, precision: 'YEAR' };
    },
  },
  {
    name: 'ago',
    pattern: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+ago\b/giu,
    resolve(match, published) {
      const count = NUMBER_WORDS[match[1].toLowerCase()] ?? Number(match[1]);
      const unit = match[2].toLowerCase();
      const pub = toDay(published);
      if (unit === 'day') return { date: fromDay(pub - count), precision: 'DAY' };
      if (unit === 'week') return { date: weekStart(pub - 7 * count), precision: 'WEEK' };
      if (unit === 'month') return { date: monthStart(published, -count), precision: 'MONTH' };
      return { date: `${Number(published.slice(0, 4)) - count}-01-01`, precision: 'YEAR' };
    },
  },
  {
    name: 'year named',
    pattern: /\b(?:in|since|during|of|early|late|mid-)\s+((?:19|20)\d{2})\b(?![-–/]\d)/giu,
    resolve(match) {
      return { date: `${match[1]}-01-01`, precision: 'YEAR' };
    },
  },
  {
    name: 'no date',
    pattern: /\b(recently|recent|earlier|lately|soon|in recent (?:days|weeks|months))\b/giu,
    resolve() {
      return { date: null, precision: 'UNKNOWN' };
    },
  },
];

/**
 * The dates one sentence gives, in order, with offsets in the whole text. `published` is the article's publication
 * day (YYYY-MM-DD). A date in a dateline ("SAN FRANCISCO, Nov. 16 —") is the day of writing, not of an event: it
 * is left out.
 */
export function findDates(sentence: Sentence, published: string): DateMention[] {
  const text = sentence.text;
  const found: DateMention[] = [];
  const taken = (start: number, end: number) =>
    found.some((mention) => start < mention.end - sentence.start && end > mention.start - sentence.start);
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken(start, end)) continue;
      const resolved = rule.resolve(match, published, () => futureClause(text, start, end, sentence.zone));
      if (resolved) found.push({ start: sentence.start + start, end: sentence.start + end, text: match[0], ...resolved, rule: rule.name });
    }
  }
  for (const result of chronoParse(text, { instant: new Date(`${published}T12:00:00Z`), timezone: 0 })) {
    const start = result.index;
    const words = result.text.replace(/[\s,.]+$/u, '');
    const end = start + words.length;
    if (!result.start.isCertain('month') || taken(start, end) || !EXPLICIT_DATE.test(words)) continue;
    if (/^(?:May|March)$/u.test(words) && !/\b(?:in|since|early|late|mid|of|until|by)\s+$/iu.test(text.slice(0, start))) continue;
    const month = result.start.get('month') ?? 1;
    const direction = futureClause(text, start, end, sentence.zone) ? 'future' : 'past';
    const year = result.start.isCertain('year')
      ? (result.start.get('year') ?? 0)
      : Number(monthOfYear(month, published, direction).slice(0, 4));
    const day = result.start.isCertain('day') ? result.start.get('day') : null;
    let date = ymd(year, month, day ?? 1);
    if (day !== null && !result.start.isCertain('year') && direction === 'past' && date > published) date = ymd(year - 1, month, day);
    found.push({
      start: sentence.start + start,
      end: sentence.start + end,
      text: words,
      date,
      precision: day === null ? 'MONTH' : 'DAY',
      rule: 'explicit date',
    });
  }
  const dateline = datelineEnd(text);
  return found.filter((mention) => mention.start - sentence.start >= dateline).sort((a, b) => a.start - b.start);
}

/** Where a dateline ("SAN FRANCISCO, Nov. 16 —", "SEOUL, Dec. 7 (Yonhap) --") ends in a sentence; 0 when there is none. */
function datelineEnd(text: string): number {
  const match = /^\p{Lu}{2,}[\p{Lu}\s.'’-]{0,40}(?:,\s*[^—–]{0,25}?)?\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--|-\s)/u.exec(text);
  return match ? match[0].length : 0;
}
