/**
 * How evidence is stored: every node and relationship has an `evidence` property, a list of JSON strings, one per
 * quote. A string per quote makes "add only what is new" a plain list difference in Cypher, so re-ingesting an
 * article adds nothing.
 */
export interface StoredEvidence {
  /** Id of the source that says it. */
  source: string;
  /** The words, verbatim from the source's text. */
  quote: string;
  /** Offsets into the source's text: text.slice(start, end) === quote. */
  start: number;
  end: number;
  /** The field this quote supports in particular (date, title, nativeNames, ...), when not the fact as a whole. */
  supports?: string;
  /**
   * The value this source claims, where sources may disagree: a participation's title as this source states it; an
   * event's date as `date|precision|words` (see src/common/date-claim.ts).
   */
  claim?: string;
  /** The status (OCCURRED, SCHEDULED) this source reports an event in. */
  status?: string;
}

/** How every encoded piece of evidence begins: its source id comes first, as it is (ids have nothing JSON escapes). */
const SOURCE_PREFIX = '{"source":"';

/**
 * The Cypher expression that reads the source id of the encoded evidence string `variable` holds, for statements
 * that want only the sources (the prefetch, the benchmark's baselines): what follows SOURCE_PREFIX up to the next
 * quote, which encodeEvidence guarantees is the id. Decoding the whole entry (decodeEvidence) gives the same id.
 */
export function evidenceSourceIdCypher(variable: string): string {
  return `split(substring(${variable}, ${SOURCE_PREFIX.length}), '"')[0]`;
}

/**
 * Encodes one piece of evidence with a fixed key order, so equal evidence gives equal strings; the source first, so
 * that Cypher can read it without parsing JSON (evidenceSourceIdCypher).
 */
export function encodeEvidence(evidence: StoredEvidence): string {
  const { source, quote, start, end, supports, claim, status } = evidence;
  if (JSON.stringify(source) !== `"${source}"`)
    throw new Error(`Evidence source id ${JSON.stringify(source)} has a character JSON escapes`);
  return JSON.stringify({
    source,
    quote,
    start,
    end,
    ...(supports ? { supports } : {}),
    ...(claim ? { claim } : {}),
    ...(status ? { status } : {}),
  });
}

/** Decodes a stored evidence list; entries that are not valid evidence are skipped, never thrown. */
export function decodeEvidence(stored: unknown): StoredEvidence[] {
  if (!Array.isArray(stored)) return [];
  const decoded: StoredEvidence[] = [];
  for (const entry of stored) {
    try {
      const value = JSON.parse(String(entry)) as StoredEvidence;
      if (typeof value.source === 'string' && typeof value.quote === 'string') decoded.push(value);
    } catch {
      // Not evidence written by this service; leave it out rather than fail the whole request.
    }
  }
  return decoded;
}
