import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../http/errors';
import { kindOfId, RELATION_ENDS, RelationType, EntityKindName } from '../graph/kinds';
import { ArticleInput } from './article.input';
import { ARTICLE_REF } from './limits';
import { QuoteInput } from './quote.input';

/** One problem with an input, named by its path (`events[2].date`). */
export interface InputProblem {
  field: string;
  message: string;
}

/** Fields whose value each source claims for itself: an event's date (with its words and precision) and status. */
export const CLAIMED_FIELDS: readonly string[] = ['date', 'dateText', 'datePrecision', 'status'];

/**
 * Validates an article (class-validator on every input class, then the rules that span fields: refs, relation ends,
 * verbatim quotes) and returns it as class instances. Throws one BAD_USER_INPUT error that lists every problem.
 */
export async function validateArticle(raw: unknown): Promise<ArticleInput> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw invalidArticle([{ field: 'input', message: 'input must be an object' }]);
  }
  const article = plainToInstance(ArticleInput, raw);
  const errors = await validate(article, { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true });
  const problems = errors.flatMap((error) => flatten(error, ''));
  if (problems.length === 0) problems.push(...crossFieldProblems(article));
  if (problems.length > 0) throw invalidArticle(problems);
  return article;
}

/** The error for an article that cannot be ingested: `field` is the first problem's path, `problems` lists all. */
export function invalidArticle(problems: InputProblem[]): GraphQLError {
  const shown = problems.slice(0, 5).map((problem) => `${problem.field}: ${problem.message}`);
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  return new GraphQLError(`Invalid article input: ${shown.join('; ')}${more}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: problems[0].field, problems: problems.slice(0, 100) },
  });
}

function flatten(error: ValidationError, prefix: string): InputProblem[] {
  const path = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((message) => ({ field: path, message }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, path))];
}

interface RefInfo {
  kind: EntityKindName;
  text?: string;
}

function crossFieldProblems(article: ArticleInput): InputProblem[] {
  const problems: InputProblem[] = [];
  const refs = new Map<string, RefInfo>();
  const declare = (ref: string, info: RefInfo, field: string) => {
    if (refs.has(ref)) problems.push({ field, message: `ref "${ref}" is used twice` });
    else refs.set(ref, info);
  };

  declare(article.source.ref ?? ARTICLE_REF, { kind: 'SOURCE', text: article.source.text }, 'source.ref');
  (article.references ?? []).forEach((reference, index) => {
    if (!reference.ref) problems.push({ field: `references[${index}].ref`, message: 'a reference needs a ref' });
    else declare(reference.ref, { kind: 'SOURCE', text: reference.text }, `references[${index}].ref`);
  });
  article.entities.forEach((entity, index) => {
    declare(entity.ref, { kind: entity.kind }, `entities[${index}].ref`);
    if (entity.id && kindOfId(entity.id) !== entity.kind) {
      problems.push({ field: `entities[${index}].id`, message: `id "${entity.id}" is not a ${entity.kind} id` });
    }
    if (entity.id && entity.code && entity.id !== `country:${entity.code}`) {
      problems.push({ field: `entities[${index}].code`, message: `code ${entity.code} contradicts id "${entity.id}"` });
    }
  });
  const mainRef = article.source.ref ?? ARTICLE_REF;
  article.events.forEach((event, index) => {
    const path = `events[${index}]`;
    declare(event.ref, { kind: 'EVENT' }, `${path}.ref`);
    const claims: Array<{ date?: string; datePrecision?: string; field: string }> = [
      { date: event.date, datePrecision: event.datePrecision, field: path },
      ...(event.dateClaims ?? []).map((claim, at) => ({ ...claim, field: `${path}.dateClaims[${at}]` })),
    ];
    for (const claim of claims) {
      if (claim.datePrecision && claim.datePrecision !== 'UNKNOWN' && !claim.date) {
        problems.push({ field: `${claim.field}.date`, message: `datePrecision ${claim.datePrecision} needs a date` });
      }
    }
    event.evidence.forEach((quote, at) => {
      if ((quote.source ?? mainRef) !== mainRef && CLAIMED_FIELDS.includes(quote.supports ?? '')) {
        problems.push({
          field: `${path}.evidence[${at}].supports`,
          message: `a quote of another source that supports the ${quote.supports} belongs in ${quote.supports === 'status' ? 'statusClaims' : 'dateClaims'}, with the value that source gives`,
        });
      }
    });
    const fromArticle = event.evidence.some((quote) => (quote.source ?? mainRef) === mainRef);
    if (!fromArticle && (event.date || event.dateText || event.status)) {
      problems.push({ field: `${path}.evidence`, message: "the article's own date or status needs a quote from the article" });
    }
  });

  const checkQuotes = (quotes: QuoteInput[], path: string) =>
    quotes.forEach((quote, index) => {
      const sourceRef = quote.source ?? article.source.ref ?? ARTICLE_REF;
      const source = refs.get(sourceRef);
      const field = `${path}.evidence[${index}]`;
      if (!source || source.kind !== 'SOURCE') {
        problems.push({ field: `${field}.source`, message: `no source with ref "${sourceRef}"` });
      } else if (occurrences(source.text ?? '', quote.quote) < (quote.occurrence ?? 1)) {
        problems.push({
          field: `${field}.quote`,
          message: `quote does not occur verbatim${quote.occurrence ? ` ${quote.occurrence} times` : ''} in source "${sourceRef}"`,
        });
      }
    });
  article.entities.forEach((entity, index) => checkQuotes(entity.evidence ?? [], `entities[${index}]`));
  article.events.forEach((event, index) => {
    checkQuotes(event.evidence, `events[${index}]`);
    (event.dateClaims ?? []).forEach((claim, at) => checkQuotes(claim.evidence, `events[${index}].dateClaims[${at}]`));
    (event.statusClaims ?? []).forEach((claim, at) => checkQuotes(claim.evidence, `events[${index}].statusClaims[${at}]`));
  });

  article.relations.forEach((relation, index) => {
    const path = `relations[${index}]`;
    const ends = RELATION_ENDS[relation.type as RelationType];
    const checkEnd = (value: string, allowed: EntityKindName[], field: string) => {
      const kind = refs.get(value)?.kind ?? kindOfId(value);
      if (!kind) problems.push({ field: `${path}.${field}`, message: `"${value}" is neither a ref of this article nor an id` });
      else if (!allowed.includes(kind)) {
        problems.push({
          field: `${path}.${field}`,
          message: `${relation.type} cannot ${field === 'from' ? 'start at' : 'end at'} a ${kind}`,
        });
      }
    };
    checkEnd(relation.from, ends.from, 'from');
    checkEnd(relation.to, ends.to, 'to');
    if (relation.representing !== undefined) checkEnd(relation.representing, ['COUNTRY'], 'representing');
    const only = (field: keyof typeof relation, type: string) => {
      if (relation[field] !== undefined && relation.type !== type) {
        problems.push({ field: `${path}.${field}`, message: `${field} applies to ${type} only` });
      }
    };
    only('role', 'PARTICIPATED_IN');
    only('representing', 'PARTICIPATED_IN');
    only('count', 'TARGETS');
    only('validFrom', 'HOLDS_POSITION');
    only('validUntil', 'HOLDS_POSITION');
    only('expected', 'ADDRESSES');
    if (relation.type === 'HOLDS_POSITION' && !relation.title) {
      problems.push({ field: `${path}.title`, message: 'HOLDS_POSITION needs the title' });
    }
    if (relation.title !== undefined && !['PARTICIPATED_IN', 'HOLDS_POSITION'].includes(relation.type)) {
      problems.push({ field: `${path}.title`, message: 'title applies to PARTICIPATED_IN and HOLDS_POSITION only' });
    }
    checkQuotes(relation.evidence, path);
  });
  return problems;
}

/** How many times `quote` occurs in `text` (overlapping occurrences count). */
export function occurrences(text: string, quote: string): number {
  let count = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) count += 1;
  return count;
}

/** The offsets of the `occurrence`-th (from 1) appearance of `quote` in `text`. */
export function locate(text: string, quote: string, occurrence = 1): { start: number; end: number } {
  let at = -1;
  for (let seen = 0; seen < occurrence; seen += 1) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`quote not found: ${quote}`);
  }
  return { start: at, end: at + quote.length };
}
