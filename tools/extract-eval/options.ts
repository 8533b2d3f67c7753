import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';

/** What `npm run extract:eval -- ...` was asked to do. */
export interface EvalOptions {
  /** Time the extractor on synthetic 1,000- and 10,000-word articles instead of scoring it. */
  bench: boolean;
  /** Exit 1 when a target fails (else the exit code is 0 whatever the scores). */
  check: boolean;
  /** Where the JSON report goes. */
  out: string;
  help: boolean;
}

/** The command's help text. */
export const USAGE = `npm run extract:eval -- [--check] [--bench] [--out path.json]

Runs the extractor (src/extract/extract.ts) on the eight gold articles (tools/extract-eval/gold/) and on the seed
article (seeds/article.txt, published 2023-12-08 for the evaluation, its gold derived from seeds/article.json), and
prints per article what it missed and what it found in excess, then precision and recall of people, countries,
organizations and events (micro-averaged; the seed apart from the eight), the date checks, time and words per
article, and the targets, PASS or FAIL.

  --check   exit 1 when a target fails (default: always 0)
  --bench   only time the extractor on synthetic 1,000- and 10,000-word articles made of the gold texts
            (targets: median under 500 ms and under 5 s)
  --out     the JSON report (default .bench/extract-eval-<timestamp>.json)`;

/** Parses the command line; throws an Error naming a bad argument. */
export function parseOptions(argv: readonly string[], now: Date = new Date()): EvalOptions {
  let bench = false;
  let check = false;
  let help = false;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    switch (flag) {
      case '--bench':
        bench = true;
        break;
      case '--check':
        check = true;
        break;
      case '--out': {
        const value = inline ?? argv[++i];
        if (value === undefined || value === '') throw new Error('--out needs a value');
        out = value;
        break;
      }
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}\n\n${USAGE}`);
    }
  }
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return { bench, check, help, out: out ?? join(projectRoot(__dirname), '.bench', `extract-eval-${stamp}.json`) };
}
