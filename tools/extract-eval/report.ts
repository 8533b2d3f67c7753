import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { table } from '../bench/bench.report';
import { Check } from '../bench/bench.results';
import { ArticleRun, BenchResult, GroupTotals, KINDS, groupName } from './evaluate';
import { GoldArticle, GoldProblem } from './gold';
import { Counts, foundEventLabel, goldEventLabel, rates } from './score';

/** The whole run, as written to the JSON file. */
export interface EvalReport {
  startedAt: string;
  finishedAt: string;
  mode: 'evaluate' | 'bench';
  extractor: string;
  node: string;
  goldProblems: GoldProblem[];
  /** The untimed first call's time (module start-up). */
  warmupMs: number | null;
  articles: ArticleRun[];
  totals: Partial<Record<GoldArticle['group'], GroupTotals>>;
  bench: BenchResult[];
  checks: Check[];
  passed: boolean;
}

const rate = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));
const ms = (value: number | null) => (value === null ? 'n/a' : value >= 100 ? value.toFixed(0) : value.toFixed(1));
const share = (part: number, whole: number) => `${part}/${whole}`;

function kindRow(label: string[], counts: Counts): string[] {
  const r = rates(counts);
  return [...label, String(counts.gold), String(counts.found), String(counts.matched), rate(r.precision), rate(r.recall)];
}

/** Precision and recall per kind, micro-averaged, for each group (the eight gold articles, then the seed). */
export function totalsTable(totals: Partial<Record<GoldArticle['group'], GroupTotals>>): string {
  const rows: string[][] = [];
  for (const group of ['gold', 'seed'] as const) {
    const t = totals[group];
    if (!t) continue;
    for (const kind of KINDS) rows.push(kindRow([groupName(group), kind], t[kind]));
  }
  return table(['articles', 'kind', 'gold', 'found', 'matched', 'precision', 'recall'], rows);
}

/** Precision and recall per kind and article. */
export function articlesTable(runs: readonly ArticleRun[]): string {
  const rows = runs.flatMap((run) => KINDS.map((kind) => kindRow([run.slug, kind], run.score[kind])));
  return table(['article', 'kind', 'gold', 'found', 'matched', 'precision', 'recall'], rows);
}

/** The date checks per article and per group. */
export function datesTable(runs: readonly ArticleRun[], totals: Partial<Record<GoldArticle['group'], GroupTotals>>): string {
  const row = (label: string, d: GroupTotals['dates']) => [
    label,
    String(d.matched),
    share(d.right, d.matched),
    share(d.exact, d.matched),
    String(d.missing),
    share(d.statusRight, d.matched),
    String(d.futureBeyondText),
    `${d.outside2015to2024} (${d.outsideUnsupported})`,
    String(d.in2024),
  ];
  const rows = runs.map((run) =>
    row(run.slug, {
      ...run.score.dates,
      futureBeyondText: run.score.dates.futureBeyondText.length,
      outsideUnsupported: run.score.dates.outsideUnsupported.length,
    }),
  );
  for (const group of ['gold', 'seed'] as const) {
    const t = totals[group];
    if (t) rows.push(row(`= ${groupName(group)}`, t.dates));
  }
  return [
    table(
      [
        'article',
        'matched events',
        'date right',
        'exact',
        'no date',
        'status right',
        'future > text',
        'outside 2015-2024 (unsupported)',
        'in 2024',
      ],
      rows,
    ),
    "   exact: date (or none) and precision equal to the gold's; date right: exact, or inside the period of a vague gold date",
    '   (WEEK, MONTH, YEAR, dateRange), or no date where the gold has neither date nor range; no date: the gold has one;',
    '   future > text: a date after publishedAt that no matched gold event supports; unsupported: a date outside 2015-2024',
    '   that no matched gold event supports.',
  ].join('\n');
}

/** Words, time and review items per article, and each group's throughput. */
export function timingTable(runs: readonly ArticleRun[], warmupMs: number | null): string {
  const rows = runs.map((run) => [
    run.slug,
    String(run.words),
    ms(run.ms),
    String(run.reviewItems),
    String(run.reviewNotes),
    run.error === null ? '' : `THREW: ${run.error}`,
  ]);
  return [
    table(['article', 'words', 'ms', 'review items', 'review notes', 'error'], rows),
    `   first call (untimed warm-up, module start-up included): ${ms(warmupMs)} ms`,
  ].join('\n');
}

/** A titled list; items on one line unless `multiline` (events with their quote on a second line). */
function list(title: string, items: readonly string[], multiline = false): string[] {
  const flat = (item: string) => (multiline ? item : item.replace(/\s+/g, ' ').trim());
  return items.length === 0 ? [] : [`  ${title}:`, ...items.map((item) => `    - ${flat(item)}`)];
}

/** A quote on its own indented line, on one line, cut at 240 characters. */
function quoteLine(quote: string | undefined): string {
  if (!quote) return '';
  const flat = quote.replace(/\s+/g, ' ').trim();
  return `\n        "${flat.length > 240 ? `${flat.slice(0, 239)}…` : flat}"`;
}

/** What one article's extraction missed and found in excess, kind by kind, and its wrong dates. */
export function unmatchedText(article: GoldArticle, run: ArticleRun): string {
  const score = run.score;
  const matchedGold = new Set(score.events.pairs.map((pair) => pair.goldIndex));
  const missedEvents = article.events
    .map((event, i) => ({ event, i }))
    .filter(({ i }) => !matchedGold.has(i))
    .map(({ event }) => `${goldEventLabel(event)}${quoteLine(event.quotes[0])}`);
  const matchedFound = new Set(score.events.pairs.map((pair) => pair.foundIndex));
  const falseEvents = run.found.events
    .map((event, i) => ({ event, i }))
    .filter(({ i }) => !matchedFound.has(i))
    .map(({ event }) => `${foundEventLabel(event)}${quoteLine(event.quotes[0])}`);
  const lines = [
    `== ${article.slug} (${article.input.publishedAt}, ${run.words} words, ${ms(run.ms)} ms)${run.error ? `: THE EXTRACTOR THREW: ${run.error}` : ''}`,
    ...list('people missed', score.people.missed),
    ...list('people found in excess', score.people.falseFinds),
    ...list('countries missed', score.countries.missed),
    ...list('countries found in excess', score.countries.falseFinds),
    ...list('organizations missed', score.organizations.missed),
    ...list('organizations found in excess', score.organizations.falseFinds),
    ...list('events missed', missedEvents, true),
    ...list('events found in excess', falseEvents, true),
    ...list('matched events with a date not right', score.dates.wrong),
    ...list('dates after publication that the text does not state', score.dates.futureBeyondText),
    ...list('dates outside 2015-2024 that no gold event supports', score.dates.outsideUnsupported),
  ];
  return lines.length === 1 ? `${lines[0]}\n  (nothing missed, nothing in excess)` : lines.join('\n');
}

/** The bench figures per synthetic article. */
export function benchTable(results: readonly BenchResult[]): string {
  return table(
    ['words', 'chars', 'runs', 'min ms', 'median ms', 'max ms', 'limit ms', 'events', 'error'],
    results.map((r) => [
      r.words.toLocaleString('en-US'),
      r.chars.toLocaleString('en-US'),
      String(r.ms.length),
      ms(r.min),
      ms(r.median),
      ms(r.max),
      String(r.maxMs),
      r.events === null ? 'n/a' : String(r.events),
      r.error ?? '',
    ]),
  );
}

/** The gold checks' problems: errors listed, notes counted. */
export function goldProblemsText(problems: readonly GoldProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const notes = problems.length - errors.length;
  return [
    `Gold check: ${errors.length} error(s), ${notes} note(s) (notes in the JSON report)`,
    ...errors.map((p) => `  ERROR [${p.slug}] ${p.message}`),
  ].join('\n');
}

/** Writes the report as JSON (creating its folder). */
export function writeReport(path: string, report: EvalReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`,
  );
}
