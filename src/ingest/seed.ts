import { join } from 'node:path';
import { projectRoot } from '../project-root';
import { readArticleFile } from './article-file';
import { IngestReport } from './ingest-report.type';
import { IngestService } from './ingest.service';

/** The seed: the article of seeds/article.txt and its curated extraction. */
export const SEED_FILE = join(projectRoot(), 'seeds', 'article.json');

/** Loads the seed through the same ingest as any article (idempotent: a second load changes nothing). */
export function loadSeed(ingest: IngestService): Promise<IngestReport> {
  return ingest.ingest(readArticleFile(SEED_FILE));
}
