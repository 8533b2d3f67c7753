import { EntityKind } from '../common/enums';
import { ShipNode } from '../graph/shipped-node';
import { pageSize } from '../common/paging';
import { GraphExecutor } from '../graph/executor';
import { NodeRecord } from '../graph/values';
import { nameKey } from '../ingest/names';
import { SearchHit } from './search-hit.type';
import { luceneQuery, searchWords } from './search-query';
import { searchQuery } from './search.cypher';

/** What the search reads of each hit to tell which name matched (`matched`). */
export const SEARCH_READS = ['name', 'title', 'aliases', 'nativeNames'] as const;

/** Search results: default 10, at most 50. */
export const SEARCH_SIZE = { default: 10, max: 50 } as const;

/** Finds nodes by any of their names, in any script, forgiving prefixes and small typos. */
export class SearchService {
  constructor(private readonly graph: GraphExecutor) {}

  /** The best hits, each node shipped by `ship` (see searchQuery), which must include SEARCH_READS. */
  async search(
    text: string,
    kinds: EntityKind[] | undefined,
    first: number | undefined,
    ship?: ShipNode,
  ): Promise<SearchHit[]> {
    const limit = pageSize(first, SEARCH_SIZE.max, SEARCH_SIZE.default);
    const lucene = luceneQuery(text);
    const rows = await this.graph.read(searchQuery(lucene, kinds && kinds.length > 0 ? kinds : null, limit, ship));
    return rows.map((row) => {
      const node = row.node as NodeRecord;
      return { node, score: Number(row.score), matched: bestName(node, searchWords(text)) };
    });
  }
}

/** The node's name that shares the most words with the query (prefixes count), else its main name. */
function bestName(node: NodeRecord, words: string[]): string {
  const names = [node.name ?? node.title, ...((node.aliases as string[]) ?? []), ...((node.nativeNames as string[]) ?? [])]
    .filter((name): name is string => typeof name === 'string');
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
