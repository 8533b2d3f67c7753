import { remembered } from '../../src/common/remembered';

/** A quote as it stands in a text: `text.slice(start, end) === quote`. */
export interface Span {
  quote: string;
  start: number;
  end: number;
}

/**
 * Writes a source's text piece by piece and remembers where marked pieces and whole sentences stand, so every quote
 * used as evidence is known to occur at its offsets (UTF-16 code units, as String.prototype.slice counts).
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;

  /** Appends text that no evidence quotes on its own. */
  add(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends text and returns where it stands. */
  mark(text: string): Span {
    const start = this.length;
    this.add(text);
    return { quote: text, start, end: this.length };
  }

  /** A bookmark for `since`: where the next piece will start. */
  bookmark(): { part: number; start: number } {
    return { part: this.parts.length, start: this.length };
  }

  /** Everything appended since the bookmark, as one span. */
  since(bookmark: { part: number; start: number }): Span {
    return { quote: this.parts.slice(bookmark.part).join(''), start: bookmark.start, end: this.length };
  }

  toString(): string {
    return this.parts.join('');
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;

// Calendar arithmetic on ISO dates is done for a few thousand distinct days a hundred thousand times: remembered.

/** Days since 1970-01-01 (UTC) of an ISO date. */
const dayNumber = remembered((iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS));

/** The ISO date `days` after `origin` (YYYY-MM-DD), by calendar arithmetic in UTC. */
export function addDays(origin: string, days: number): string {
  return new Date((dayNumber(origin) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** "7 March 2014". */
export const longDate = remembered((iso) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
});

/** "March 2014". */
export const monthYear = remembered((iso) => {
  const [year, month] = iso.split('-').map(Number);
  return `${MONTHS[month - 1]} ${year}`;
});

/** "Friday". */
export const weekday = remembered((iso) => WEEKDAYS[(((dayNumber(iso) + 4) % 7) + 7) % 7]); // 1970-01-01 was a Thursday

/** "France", "France and Japan", "France, Japan and Germany". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
