import { DatePrecision, EventStatus } from '../common/enums';
import { parseDateClaim } from '../common/date-claim';

/**
 * An event's date and status are claims: each source gives its own (the date in its words at its precision,
 * "upcoming" or held), kept in the evidence it is quoted by. The event's own date, precision and status are derived
 * from all of them, by the rules below, whenever a source is added; no source's claim is ever overwritten.
 */

/** One piece of an event's evidence as far as claims go: its source, and the date or status it claims. */
export interface ClaimEvidence {
  source: string;
  /** A date claim, as dateClaim() encodes it. */
  claim?: string;
  /** A status claim (OCCURRED, SCHEDULED). */
  status?: string;
}

/** What the claims make of an event. */
export interface EventFacts {
  date?: string;
  datePrecision: DatePrecision;
  dateText?: string;
  /** Some sources' dates cannot both be true (their periods do not overlap). */
  dateDisputed: boolean;
  status: EventStatus;
}

const RANK: Record<DatePrecision, number> = { DAY: 4, WEEK: 3, MONTH: 2, YEAR: 1, UNKNOWN: 0 };

/** How precise a precision is: DAY 4, WEEK 3, MONTH 2, YEAR 1, UNKNOWN 0. */
export function precisionRank(precision: DatePrecision): number {
  return RANK[precision] ?? 0;
}

/**
 * A date at a precision, as the date the model stores: the period's first day (a WEEK is its Monday, a MONTH its
 * 1st, a YEAR January 1st); a DAY as it is.
 */
export function periodStart(date: string, precision: DatePrecision): string {
  if (precision === DatePrecision.MONTH) return `${date.slice(0, 7)}-01`;
  if (precision === DatePrecision.YEAR) return `${date.slice(0, 4)}-01-01`;
  if (precision === DatePrecision.WEEK) {
    const day = toDay(date);
    const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // Monday 0
    return fromDay(day - weekday);
  }
  return date;
}

/** The first and last day a date at a precision covers, or null when it gives none. */
export function dateRange(date: string | undefined, precision: DatePrecision): [string, string] | null {
  if (!date || precision === DatePrecision.UNKNOWN) return null;
  const start = periodStart(date, precision);
  if (precision === DatePrecision.DAY) return [start, start];
  if (precision === DatePrecision.WEEK) return [start, fromDay(toDay(start) + 6)];
  if (precision === DatePrecision.MONTH) {
    const [year, month] = start.split('-').map(Number);
    return [start, fromDay(Date.UTC(year, month, 0) / DAY_MS)];
  }
  return [start, `${start.slice(0, 4)}-12-31`];
}

/** Whether two ranges share a day: two claims that can both be true. */
export function rangesOverlap(a: [string, string], b: [string, string]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

interface Claimed {
  value: string;
  date?: string;
  precision: DatePrecision;
  text?: string;
  range: [string, string] | null;
  sources: Set<string>;
  order: number;
}

/**
 * The event's facts from every source's claims:
 * - date: the claimed date supported by the most sources (a source supports a date when its own claim can be true
 *   with it: 2023-08 supports 2023-08-18), then the most precise, then the one recorded first. When no two claims
 *   conflict this is simply the most precise claim; when some do, `dateDisputed` is set and every claim stays listed.
 * - dateText: the chosen claim's words, else those of the most precise claim that agrees with it, else any words
 *   given ("recently" with no date).
 * - status: OCCURRED once any source reports the event held; else SCHEDULED if any reports it scheduled; OCCURRED
 *   when no source says either.
 */
export function eventFacts(evidence: readonly ClaimEvidence[]): EventFacts {
  const claims = new Map<string, Claimed>();
  for (const item of evidence) {
    if (!item.claim) continue;
    let claimed = claims.get(item.claim);
    if (!claimed) {
      const { date, precision, text } = parseDateClaim(item.claim);
      const start = date && precision !== DatePrecision.UNKNOWN ? periodStart(date, precision) : undefined;
      claimed = {
        value: item.claim,
        date: start,
        precision: start ? precision : DatePrecision.UNKNOWN,
        text,
        range: dateRange(start, precision),
        sources: new Set(),
        order: claims.size,
      };
      claims.set(item.claim, claimed);
    }
    claimed.sources.add(item.source);
  }
  const ranged = [...claims.values()].filter((claim) => claim.range);
  const support = (claim: Claimed) => {
    const sources = new Set<string>();
    for (const other of ranged) if (rangesOverlap(claim.range!, other.range!)) for (const source of other.sources) sources.add(source);
    return sources.size;
  };
  const disputed = ranged.some((a) => ranged.some((b) => !rangesOverlap(a.range!, b.range!)));
  const scored = ranged.map((claim) => ({ claim, support: support(claim) }));
  scored.sort(
    (a, b) => b.support - a.support || precisionRank(b.claim.precision) - precisionRank(a.claim.precision) || a.claim.order - b.claim.order,
  );
  const chosen = scored[0]?.claim;
  const agreeing = chosen
    ? ranged
        .filter((claim) => rangesOverlap(chosen.range!, claim.range!))
        .sort((a, b) => precisionRank(b.precision) - precisionRank(a.precision) || a.order - b.order)
    : [];
  const words = [chosen, ...agreeing, ...[...claims.values()].filter((claim) => !claim.range)].find((claim) => claim?.text)?.text;

  const statuses = new Set(evidence.map((item) => item.status).filter(Boolean));
  const status = statuses.has(EventStatus.OCCURRED) || !statuses.has(EventStatus.SCHEDULED) ? EventStatus.OCCURRED : EventStatus.SCHEDULED;
  return {
    ...(chosen ? { date: chosen.date } : {}),
    datePrecision: chosen ? chosen.precision : DatePrecision.UNKNOWN,
    ...(words ? { dateText: words } : {}),
    dateDisputed: disputed,
    status,
  };
}

const DAY_MS = 86_400_000;

function toDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
