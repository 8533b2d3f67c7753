import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Reads an article file in the ingestion format, or the whole output of `npm run extract` (`{ draft, review }`: the
 * draft is the article). Files may keep a long text beside them: a source with `"textFile": "article.txt"` gets that
 * file's content as its `text` (read as UTF-8, byte for byte).
 */
export function readArticleFile(path: string): unknown {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const raw = isObject(parsed.draft) && !('source' in parsed) ? parsed.draft : parsed;
  const withText = (source: unknown): unknown => {
    if (!source || typeof source !== 'object') return source;
    const { textFile, ...rest } = source as Record<string, unknown>;
    if (typeof textFile !== 'string') return source;
    return { ...rest, text: readFileSync(resolve(dirname(path), textFile), 'utf8') };
  };
  return {
    ...raw,
    source: withText(raw.source),
    ...(Array.isArray(raw.references) ? { references: raw.references.map(withText) } : {}),
  };
}

/** The article files a path names: the file itself, or the `.json` files of a folder, sorted by name. */
export function articleFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(path, name));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
