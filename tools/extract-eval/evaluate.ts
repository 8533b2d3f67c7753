import { performance } from 'node:perf_hooks';
import { Check } from '../bench/bench.results';
import { percentile } from '../bench/bench.stats';
import { EvalInput, GoldArticle } from './gold';
import { ArticleScore, Counts, DraftLike, FoundFacts, Rates, foundFromDraft, rates, scoreArticle, sumCounts } from './score';

/** What the extractor returns (the contract of src/extract/extract.ts), as far as the evaluation reads it. */
export interface ExtractionLike {
  readonly draft: DraftLike;
  readonly review?: { readonly items: readonly unknown[]; readonly notes: readonly string[] };
}

/** The extractor under evaluation: pure, text in, draft out. The CLI passes src/extract/extract.ts; tests a stand-in. */
export type Extractor = (input: EvalInput) => ExtractionLike;

/** A clock in milliseconds. */
export type Clock = () => number;

/** One article through the extractor: its size, time, what it found and the score. */
export interface ArticleRun {
  slug: string;
  group: GoldArticle['group'];
  words: number;
  ms: number;
  /** The extractor's exception, when it threw (the article then counts as finding nothing). */
  error: string | null;
  reviewItems: number;
  reviewNotes: number;
  found: FoundFacts;
  score: ArticleScore;
}

/** Counts with their precision and recall. */
export type CountsAndRates = Counts & Rates;

/** The micro-averaged totals of a group of articles. */
export interface GroupTotals {
  articles: number;
  words: number;
  ms: number;
  people: CountsAndRates;
  countries: CountsAndRates;
  organizations: CountsAndRates;
  events: CountsAndRates;
  dates: {
    matched: number;
    right: number;
    exact: number;
    missing: number;
    statusRight: number;
    futureBeyondText: number;
    outside2015to2024: number;
    outsideUnsupported: number;
    in2024: number;
  };
}

/** The scored kinds. */
export const KINDS = ['people', 'countries', 'organizations', 'events'] as const;

/** A scored kind. */
export type Kind = (typeof KINDS)[number];

/** Words of a text: runs of non-space characters. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const EMPTY_FOUND: FoundFacts = { people: [], countries: [], organizations: [], events: [] };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs the extractor on every article, timing each call (after one untimed warm-up call on the first article, whose
 * time is returned as `warmupMs`: module start-up, lazy tables), and scores what it found.
 */
export function evaluateArticles(
  extract: Extractor,
  articles: readonly GoldArticle[],
  clock: Clock = () => performance.now(),
): { warmupMs: number | null; runs: ArticleRun[] } {
  let warmupMs: number | null = null;
  if (articles.length > 0) {
    const start = clock();
    try {
      extract(articles[0].input);
    } catch {
      // reported with the article itself below
    }
    warmupMs = clock() - start;
  }
  const runs = articles.map((article): ArticleRun => {
    const start = clock();
    let extraction: ExtractionLike | null = null;
    let error: string | null = null;
    try {
      extraction = extract(article.input);
    } catch (caught) {
      error = message(caught);
    }
    const ms = clock() - start;
    let found = EMPTY_FOUND;
    if (extraction !== null) {
      try {
        found = foundFromDraft(extraction.draft);
      } catch (caught) {
        error = `unreadable draft: ${message(caught)}`;
      }
    }
    return {
      slug: article.slug,
      group: article.group,
      words: countWords(article.input.text),
      ms,
      error,
      reviewItems: extraction?.review?.items.length ?? 0,
      reviewNotes: extraction?.review?.notes.length ?? 0,
      found,
      score: scoreArticle(article, found),
    };
  });
  return { warmupMs, runs };
}

function withRates(counts: Counts): CountsAndRates {
  return { ...counts, ...rates(counts) };
}

/** Micro-averaged totals of some runs: counts summed over articles, then precision and recall of the sums. */
export function groupTotals(runs: readonly ArticleRun[]): GroupTotals {
  const kind = (k: Kind) => withRates(sumCounts(runs.map((run) => run.score[k])));
  const sum = (pick: (run: ArticleRun) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    articles: runs.length,
    words: sum((run) => run.words),
    ms: sum((run) => run.ms),
    people: kind('people'),
    countries: kind('countries'),
    organizations: kind('organizations'),
    events: kind('events'),
    dates: {
      matched: sum((run) => run.score.dates.matched),
      right: sum((run) => run.score.dates.right),
      exact: sum((run) => run.score.dates.exact),
      missing: sum((run) => run.score.dates.missing),
      statusRight: sum((run) => run.score.dates.statusRight),
      futureBeyondText: sum((run) => run.score.dates.futureBeyondText.length),
      outside2015to2024: sum((run) => run.score.dates.outside2015to2024),
      outsideUnsupported: sum((run) => run.score.dates.outsideUnsupported.length),
      in2024: sum((run) => run.score.dates.in2024),
    },
  };
}

/** A quality target: a group's micro-averaged precision or recall of a kind, at least `min`. */
export interface Target {
  group: GoldArticle['group'];
  kind: Kind;
  measure: 'precision' | 'recall';
  min: number;
}

/** The targets: the seed's and the eight gold articles' are stated separately. */
export const TARGETS: readonly Target[] = [
  { group: 'seed', kind: 'people', measure: 'recall', min: 0.9 },
  { group: 'seed', kind: 'events', measure: 'recall', min: 0.8 },
  { group: 'seed', kind: 'people', measure: 'precision', min: 0.7 },
  { group: 'seed', kind: 'events', measure: 'precision', min: 0.7 },
  { group: 'gold', kind: 'events', measure: 'recall', min: 0.6 },
  { group: 'gold', kind: 'people', measure: 'recall', min: 0.8 },
];

/** The speed targets of --bench: the median time on a synthetic article of this many words, under `maxMs`. */
export const BENCH_TARGETS: readonly { words: number; maxMs: number }[] = [
  { words: 1_000, maxMs: 500 },
  { words: 10_000, maxMs: 5_000 },
];

/** The name of a group in reports. */
export function groupName(group: GoldArticle['group']): string {
  return group === 'seed' ? 'seed article' : 'eight gold articles';
}

/** Each target against the totals, PASS or FAIL (a rate that cannot be computed fails). */
export function targetChecks(totals: Record<GoldArticle['group'], GroupTotals>, targets: readonly Target[] = TARGETS): Check[] {
  return targets.map((target) => {
    const counts = totals[target.group][target.kind];
    const value = counts[target.measure];
    return {
      name: `${groupName(target.group)}: ${target.kind} ${target.measure} >= ${target.min}`,
      pass: value !== null && value >= target.min,
      detail: `${value === null ? 'n/a' : value.toFixed(3)} (matched ${counts.matched} of ${target.measure === 'recall' ? `${counts.gold} gold` : `${counts.found} found`})`,
    };
  });
}

/**
 * A synthetic article of exactly `words` words: the texts joined by blank lines, repeated as often as needed, cut after
 * the last wanted word (the texts' own spacing and line breaks are kept).
 */
export function syntheticText(texts: readonly string[], words: number): string {
  if (texts.length === 0 || words < 1) return '';
  const joined = texts.join('\n\n');
  const perCopy = countWords(joined);
  if (perCopy === 0) return '';
  const whole = `${Array.from({ length: Math.ceil(words / perCopy) }, () => joined).join('\n\n')}`;
  const pattern = /\S+/g;
  let end = 0;
  for (let i = 0; i < words; i += 1) {
    const match = pattern.exec(whole);
    if (!match) break;
    end = match.index + match[0].length;
  }
  return whole.slice(0, end);
}

/** The extractor's time on one synthetic article. */
export interface BenchResult {
  words: number;
  chars: number;
  /** Each timed call, in ms. */
  ms: number[];
  min: number | null;
  median: number | null;
  max: number | null;
  /** Events found by the last call (a sanity figure). */
  events: number | null;
  maxMs: number;
  error: string | null;
}

/**
 * Times the extractor on synthetic articles built from `texts` (BENCH_TARGETS sizes): one untimed warm-up call, then
 * `runs(words)` timed calls per size (10 at 1,000 words, 3 at 10,000 by default).
 */
export function runBench(
  extract: Extractor,
  texts: readonly string[],
  publishedAt: string,
  options: { targets?: readonly { words: number; maxMs: number }[]; runs?: (words: number) => number; clock?: Clock } = {},
): BenchResult[] {
  const clock = options.clock ?? (() => performance.now());
  const runs = options.runs ?? ((words: number) => (words >= 10_000 ? 3 : 10));
  const targets = options.targets ?? BENCH_TARGETS;
  try {
    extract({ text: syntheticText(texts, targets[0]?.words ?? 100), publishedAt, title: 'warm-up' });
  } catch {
    // reported per size below
  }
  return targets.map(({ words, maxMs }) => {
    const text = syntheticText(texts, words);
    const times: number[] = [];
    let events: number | null = null;
    let error: string | null = null;
    for (let i = 0; i < runs(words) && error === null; i += 1) {
      const start = clock();
      try {
        events = extract({ text, publishedAt, title: `Synthetic ${words}-word article` }).draft.events.length;
        times.push(clock() - start);
      } catch (caught) {
        error = message(caught);
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    return {
      words: countWords(text),
      chars: text.length,
      ms: times,
      min: sorted.length > 0 ? sorted[0] : null,
      median: sorted.length > 0 ? percentile(sorted, 50) : null,
      max: sorted.length > 0 ? sorted[sorted.length - 1] : null,
      events,
      maxMs,
      error,
    };
  });
}

/** The speed targets against bench results: the median under the limit, and no error. */
export function benchChecks(results: readonly BenchResult[]): Check[] {
  return results.map((result) => ({
    name: `${result.words.toLocaleString('en-US')}-word article: median under ${result.maxMs} ms`,
    pass: result.error === null && result.median !== null && result.median < result.maxMs,
    detail:
      result.error !== null
        ? `the extractor threw: ${result.error}`
        : `median ${result.median?.toFixed(1)} ms (min ${result.min?.toFixed(1)}, max ${result.max?.toFixed(1)}, ${result.ms.length} runs)`,
  }));
}
