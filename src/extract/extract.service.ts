import { GraphQLError } from 'graphql';
import { isCalendarDate } from '../common/date.scalar';
import { badUserInput } from '../http/errors';
import { IngestService } from '../ingest/ingest.service';
import { INGEST_LIMITS } from '../ingest/limits';
import { Extraction, ExtractInput, extractArticle } from './extract';

/** One problem with an extraction input: the field and what is wrong. */
export interface ExtractProblem {
  field: string;
  message: string;
}

/** Lone surrogates or U+FFFD: what bytes that were not UTF-8 become once decoded. */
const NOT_UTF8 = /\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/**
 * What is wrong with an extraction input, if anything: an empty text, one longer than an article may be, text that
 * was not UTF-8, a publication day that is not a date or lies after `today` (YYYY-MM-DD), a URL that is not http(s).
 */
export function extractInputProblems(input: Partial<ExtractInput>, today: string): ExtractProblem[] {
  const problems: ExtractProblem[] = [];
  const text = input.text;
  if (typeof text !== 'string' || text.trim().length === 0)
    problems.push({ field: 'text', message: 'text is empty: give the article as published' });
  else if (text.length > INGEST_LIMITS.textLength) {
    problems.push({
      field: 'text',
      message: `text has ${text.length.toLocaleString('en')} characters; an article may have at most ${INGEST_LIMITS.textLength.toLocaleString('en')} (the ingest limit)`,
    });
  } else if (NOT_UTF8.test(text)) {
    problems.push({
      field: 'text',
      message:
        'text has characters that are not UTF-8 text (U+FFFD or lone surrogates, from bytes that were not UTF-8): decode the file as UTF-8 first',
    });
  }
  if (!isCalendarDate(input.publishedAt))
    problems.push({ field: 'publishedAt', message: 'publishedAt must be a calendar date, YYYY-MM-DD' });
  else if (input.publishedAt > today)
    problems.push({ field: 'publishedAt', message: `publishedAt ${input.publishedAt} lies in the future (today is ${today})` });
  if (input.url !== undefined && input.url !== null && !/^https?:\/\/[^\s/$.?#][^\s]*$/iu.test(input.url))
    problems.push({ field: 'url', message: 'url must be an http or https URL' });
  for (const field of ['title', 'publisher'] as const) {
    const value = input[field];
    if (
      value !== undefined &&
      value !== null &&
      (typeof value !== 'string' || value.trim().length === 0 || value.length > INGEST_LIMITS.nameLength)
    ) {
      problems.push({ field, message: `${field} must have 1 to ${INGEST_LIMITS.nameLength} characters` });
    }
  }
  return problems;
}

/** Today's date in UTC, YYYY-MM-DD. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Extraction for the API: checks the input (BAD_USER_INPUT naming the field), extracts the draft (extract.ts, pure),
 * then asks the graph, read-only, what each entity and event of the draft already is (the ingester's own resolution:
 * ids, ISO codes, names, aliases and native names, names true only in context, the same real event), and names
 * those by their ids. Nothing is written.
 */
export class ExtractService {
  constructor(private readonly ingest: IngestService) {}

  /** Extracts and resolves a draft. */
  async extract(input: ExtractInput): Promise<Extraction> {
    const problems = extractInputProblems(input, todayUtc());
    if (problems.length > 0) {
      const error = badUserInput(
        problems[0].field,
        `Cannot extract: ${problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`,
      );
      error.extensions.problems = problems;
      throw error;
    }
    const extraction = extractArticle({ ...input, text: input.text });
    await this.resolve(extraction);
    return extraction;
  }

  private async resolve(extraction: Extraction): Promise<void> {
    let existing: Map<string, { id: string; matchedBy: string }>;
    try {
      existing = await this.ingest.existingNodes(extraction.draft);
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== 'BAD_USER_INPUT') throw error;
      extraction.review.notes.push(
        `Names were not looked up in the graph: the draft does not validate (${error.message}). Fix it before ingesting.`,
      );
      return;
    }
    const review = new Map(extraction.review.items.map((item) => [item.ref, item]));
    for (const entity of extraction.draft.entities) {
      const found = existing.get(entity.ref);
      if (!found) continue;
      entity.id = found.id;
      review.get(entity.ref)?.signals.push(`in the graph as ${found.id} (by ${found.matchedBy})`);
    }
    for (const event of extraction.draft.events) {
      const found = existing.get(event.ref);
      if (found)
        review
          .get(event.ref)
          ?.signals.push(`the graph has this event: ${found.id} (by ${found.matchedBy}); ingesting adds this article's claims to it`);
    }
  }
}
