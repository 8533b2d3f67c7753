import { DatePrecision } from './enums';

/**
 * How a source's date claim is stored in its evidence entry (StoredEvidence.claim): the date, its precision and the
 * source's own words, `2023-12-07|DAY|Thursday`. Written by the ingest (ingest/event-facts.ts decides what the claims
 * make of an event) and read back by the API's claims (Event.dateClaims).
 */
export function dateClaim(date: string | undefined, precision: string, text: string | undefined): string {
  return [date ?? '', precision, text ?? ''].join('|');
}

/** A stored date claim read back. */
export function parseDateClaim(value: string): { date?: string; precision: DatePrecision; text?: string } {
  const [date, precision, ...text] = value.split('|');
  return { date: date || undefined, precision: (precision as DatePrecision) || DatePrecision.UNKNOWN, text: text.join('|') || undefined };
}
