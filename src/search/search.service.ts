import { EntityKind } from '../common/enums';
import { decodeCursor, encodeCursor, pageSize } from '../common/paging';
import { badUserInput } from '../http/errors';
import { GraphExecutor } from '../graph/executor';
import { ShipNode } from '../graph/shipped-node';
import { NodeRecord } from '../graph/values';
import { nameKey } from '../common/names';
import { SearchHit } from './search-hit.type';
import { luceneQuery, searchWords } from './search-query';
import { SearchAfter, searchQuery } from './search.cypher';

/** What the search reads of each hit to tell which name matched (`matched`). */
export const SEARCH_READS = ['name', 'title', 'aliases', 'nativeNames'] as const;

/** Search results: default 10, at most 50. */
export const SEARCH_SIZE = { default: 10, max: 50 } as const;

/**
 * How many hits an index is asked for at most: paging is stable through this many hits of the query. Each try asks
 * four times as many as the last, from twice the page (or 100 after a cursor).
 */
export const SEARCH_FETCH_MAX = 10_000;

/** The ordering name that search cursors carry. */
const SEARCH_ORDER = 'SCORE';

/** Finds nodes by any of their names, in any script, forgiving prefixes and small typos. */
export class SearchService {
  constructor(private readonly graph: GraphExecutor) {}

  /**
   * The best hits after `after`, by score then id, each node shipped by `ship` (which must include SEARCH_READS).
   * Ties are never cut by the index's own order: where the index's answer may end among hits of the page's lowest
   * score, it is asked again for more, so the same question gets the same answer, and paging yields each hit once.
   */
  async search(
    text: string,
    kinds: EntityKind[] | undefined,
    first: number | undefined,
    ship?: ShipNode,
    after?: string,
  ): Promise<SearchHit[]> {
    const limit = pageSize(first, SEARCH_SIZE.max, SEARCH_SIZE.default);
    const lucene = luceneQuery(text);
    const start = searchAfter(after);
    const words = searchWords(text);
    for (let fetch = start ? 100 : Math.max(2 * limit, 20); ; fetch = Math.min(fetch * 4, SEARCH_FETCH_MAX)) {
      const [row] = await this.graph.read(searchQuery(lucene, kinds && kinds.length > 0 ? kinds : null, fetch, limit, start, ship));
      const page = row.page as Array<{ node: NodeRecord; score: number }>;
      const cuts = row.cuts as Array<{ count: number; lowest: number | null }>;
      const lastScore = page.length === limit ? page[limit - 1].score : null;
      const complete = cuts.every((cut) => cut.count < fetch || (lastScore !== null && cut.lowest !== null && cut.lowest < lastScore));
      if (complete || fetch >= SEARCH_FETCH_MAX) {
        return page.map(({ node, score }) => ({
          node,
          score: Number(score),
          matched: bestName(node, words),
          cursor: encodeCursor({ order: SEARCH_ORDER, key: String(score), id: node.id }),
        }));
      }
    }
  }
}

/** The hit a cursor names, or null; a cursor that is not a search cursor is a BAD_USER_INPUT. */
function searchAfter(after: string | undefined): SearchAfter | null {
  const cursor = decodeCursor(after, SEARCH_ORDER);
  if (!cursor) return null;
  const score = Number(cursor.key);
  if (cursor.key === null || !Number.isFinite(score)) throw badUserInput('after', 'after is not a cursor returned by search');
  return { score, id: cursor.id };
}

/** The node's name that shares the most words with the query (prefixes count), else its main name. */
function bestName(node: NodeRecord, words: string[]): string {
  const names = [node.name ?? node.title, ...((node.aliases as string[]) ?? []), ...((node.nativeNames as string[]) ?? [])].filter(
    (name): name is string => typeof name === 'string',
  );
  let best = names[0] ?? node.id;
  let bestScore = 0;
  for (const name of names) {
    const key = nameKey(name);
    const parts = key.split(' ');
    const score = words.filter((word) => key === word || parts.some((part) => part.startsWith(word)) || key.includes(word)).length;
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}
