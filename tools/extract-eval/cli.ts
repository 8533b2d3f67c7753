import { relative, resolve } from 'node:path';
import { extractArticle } from '../../src/extract/extract';
import { checksText } from '../bench/bench.report';
import { BenchResult, Extractor, GroupTotals, benchChecks, evaluateArticles, groupTotals, runBench, targetChecks } from './evaluate';
import { GoldArticle, loadAll } from './gold';
import { parseOptions, USAGE } from './options';
import {
  EvalReport,
  articlesTable,
  benchTable,
  datesTable,
  goldProblemsText,
  timingTable,
  totalsTable,
  unmatchedText,
  writeReport,
} from './report';

/** The extractor under evaluation. */
const extractor: Extractor = extractArticle;

/** `npm run extract:eval`: the extractor against the gold articles and the seed, or (--bench) its speed. */
function main(): number {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const out = resolve(options.out);
  const startedAt = new Date().toISOString();
  const { articles, problems } = loadAll();
  console.log(goldProblemsText(problems));
  const goldCheck = goldCheckOf(problems);

  let report: EvalReport;
  if (options.bench) {
    const texts = articles.filter((a) => a.group === 'gold').map((a) => a.input.text);
    const bench: BenchResult[] = runBench(extractor, texts, articles[0]?.input.publishedAt ?? '2023-12-08');
    const checks = [goldCheck, ...benchChecks(bench)];
    console.log(`\n== extractor speed on synthetic articles (the gold texts concatenated)\n${benchTable(bench)}`);
    console.log(`\n${checksText(checks)}`);
    report = reportOf('bench', startedAt, problems, null, [], {}, bench, checks);
  } else {
    const { warmupMs, runs } = evaluateArticles(extractor, articles);
    const bySlug = new Map(articles.map((a) => [a.slug, a]));
    for (const run of runs) {
      const article = bySlug.get(run.slug);
      if (article) console.log(`\n${unmatchedText(article, run)}`);
    }
    const totals: Record<GoldArticle['group'], GroupTotals> = {
      gold: groupTotals(runs.filter((run) => run.group === 'gold')),
      seed: groupTotals(runs.filter((run) => run.group === 'seed')),
    };
    const checks = [goldCheck, ...targetChecks(totals)];
    console.log(`\n== per article\n${articlesTable(runs)}`);
    console.log(`\n== dates of the matched events\n${datesTable(runs, totals)}`);
    console.log(`\n== time and size per article\n${timingTable(runs, warmupMs)}`);
    console.log(`\n== overall (micro-averaged over the articles of each group)\n${totalsTable(totals)}`);
    console.log(`\n${checksText(checks)}`);
    report = reportOf('evaluate', startedAt, problems, warmupMs, runs, totals, [], checks);
  }
  writeReport(out, report);
  console.log(`\nJSON report: ${relative(process.cwd(), out) || out}`);
  return options.check && !report.passed ? 1 : 0;
}

/** The gold files must pass their own checks for the scores to mean anything. */
function goldCheckOf(problems: EvalReport['goldProblems']): EvalReport['checks'][number] {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { name: 'gold files pass their checks', pass: errors === 0, detail: `${errors} error(s)` };
}

function reportOf(
  mode: EvalReport['mode'],
  startedAt: string,
  goldProblems: EvalReport['goldProblems'],
  warmupMs: number | null,
  articles: EvalReport['articles'],
  totals: EvalReport['totals'],
  bench: BenchResult[],
  checks: EvalReport['checks'],
): EvalReport {
  return {
    startedAt,
    finishedAt: new Date().toISOString(),
    mode,
    extractor: 'src/extract/extract.ts',
    node: process.version,
    goldProblems,
    warmupMs,
    articles,
    totals,
    bench,
    checks,
    passed: checks.every((check) => check.pass),
  };
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`extract:eval failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
