import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../api';
import { capitalized, formatDate, labelOf, pageUrl } from '../format';
import type { Labelled } from '../model';
import searchQuery from '../queries/search.graphql';

interface Hit {
  score: number;
  matched: string;
  node: Labelled;
}

/**
 * The search box: as the `search` query does, names, aliases and native-script names with typos tolerated. Results
 * show as one types (the query is kept in the address, ?q=), and the form still works without the script.
 */
export function SearchBox({ initial = '', autofocus = false }: { initial?: string; autofocus?: boolean }) {
  const [query, setQuery] = useState(initial);
  const [hits, setHits] = useState<Hit[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setHits(undefined);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      graphql<{ search: Hit[] }>(searchQuery, { query: text }).then(
        (data) => {
          if (!current) return;
          setError(undefined);
          setHits(data.search);
        },
        (failure: Error) => current && setError(failure.message),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);
  const onInput = (value: string) => {
    setQuery(value);
    if (window.location.pathname === '/explore') {
      const url = new URL(window.location.href);
      if (value) url.searchParams.set('q', value);
      else url.searchParams.delete('q');
      window.history.replaceState(null, '', url);
    }
  };
  return (
    <div class="search-box">
      <form
        class="search"
        role="search"
        action="/explore"
        method="get"
        onSubmit={(event) => hits?.length && (event.preventDefault(), window.location.assign(pageUrl(hits[0].node.id)))}
      >
        <label for="q">Search people, events, countries, organizations</label>{' '}
        <input
          id="q"
          name="q"
          type="search"
          value={query}
          autocomplete="off"
          autoFocus={autofocus}
          onInput={(event) => onInput((event.target as HTMLInputElement).value)}
        />{' '}
        <button type="submit">Search</button>
      </form>
      {error ? <p class="error">{error}</p> : null}
      {hits ? (
        <ul class="hits" aria-live="polite" aria-label="Search results">
          {hits.length === 0 ? <li>Nothing matches “{query}”.</li> : null}
          {hits.map((hit) => (
            <li key={hit.node.id}>
              <a href={pageUrl(hit.node.id)}>{labelOf(hit.node)}</a> <span class="kind">{capitalized(hit.node.__typename)}</span>
              {hit.node.date !== undefined ? <span class="muted"> · {formatDate(hit.node.date, hit.node.datePrecision)}</span> : null}
              {hit.matched !== labelOf(hit.node) ? <span class="muted"> · matched “{hit.matched}”</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
