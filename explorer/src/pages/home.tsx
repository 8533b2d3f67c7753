import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../api';
import { BarChart, type Bar } from '../components/bar-chart';
import { QueryShown } from '../components/layout';
import { SearchBox } from '../components/search-box';
import { capitalized, formatDate, pageUrl, markContentShown } from '../format';
import type { DatedEvent, Named } from '../model';
import dashboardCountsQuery from '../queries/dashboard-counts.graphql';
import dashboardQuery from '../queries/dashboard.graphql';

interface Bucket {
  key: string;
  label: string;
  count: number;
}

interface Dashboard {
  latest: { totalCount: number; edges: Array<{ node: DatedEvent & { location: Named | null; countries: Named[] } }> };
  byMonth: Bucket[];
  types: Array<{ key: string }>;
  countries: Named[];
}

/** The counts that may take seconds over a large graph: asked once the rest has answered, shown when they come. */
interface DashboardCounts {
  byType: Bucket[];
  byCountry: Bucket[];
}

/** The dashboard's filters, as the address keeps them: ?type=MEETING&country=country:KOR&from=2023-08-01&to=2023-12-31. */
export interface Filters {
  type?: string;
  country?: string;
  from?: string;
  to?: string;
}

const FILTER_KEYS = ['type', 'country', 'from', 'to'] as const;

/** The filters in an address's query string. */
export function filtersOf(search: string): Filters {
  const params = new URLSearchParams(search);
  return Object.fromEntries(FILTER_KEYS.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : [])));
}

/** The address of the dashboard with these filters (and nothing else). */
export function dashboardUrl(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  const query = params.toString();
  return query ? `/explore?${query}` : '/explore';
}

/** The API's EventFilter for the dashboard's filters. */
export function eventFilter(filters: Filters): Record<string, unknown> {
  return {
    ...(filters.type ? { types: [filters.type] } : {}),
    ...(filters.country ? { countryIds: [filters.country] } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}

/** The last day of a month (yyyy-mm) as yyyy-mm-dd. */
function monthEnd(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}

/** The first page: search, the latest events and a small dashboard (events per month, per type, most active countries). */
export function HomePage() {
  const [filters, setFilters] = useState<Filters>(() => filtersOf(window.location.search));
  const [data, setData] = useState<Dashboard>();
  const [counts, setCounts] = useState<DashboardCounts>();
  const [error, setError] = useState<string>();
  const variables = { filter: eventFilter(filters) };
  useEffect(() => {
    // Answers to an earlier filter are dropped: the counts may take seconds, and the filter may change meanwhile.
    let current = true;
    setCounts(undefined);
    // The counts once the rest has come: asked together, they would share Neo4j's cores with what the page shows first.
    graphql<Dashboard>(dashboardQuery, variables)
      .then((dashboard) => {
        if (!current) return;
        setData(dashboard);
        return graphql<DashboardCounts>(dashboardCountsQuery, variables).then((answer) => current && setCounts(answer));
      })
      .catch((failure: Error) => current && setError(failure.message));
    return () => {
      current = false;
    };
  }, [JSON.stringify(variables)]);
  useEffect(() => {
    if (data) markContentShown();
  }, [data]);
  const change = (key: keyof Filters, value: string) => {
    const next = { ...filters, [key]: value || undefined };
    setFilters(next);
    const url = new URL(dashboardUrl(next), window.location.origin);
    const q = new URLSearchParams(window.location.search).get('q');
    if (q) url.searchParams.set('q', q);
    window.history.replaceState(null, '', url);
  };
  const initialQuery = new URLSearchParams(window.location.search).get('q') ?? '';
  const monthBars: Bar[] = (data?.byMonth ?? []).map((bucket) => ({
    label: bucket.label,
    count: bucket.count,
    href: dashboardUrl({ ...filters, from: `${bucket.key}-01`, to: monthEnd(bucket.key) }),
  }));
  const typeBars: Bar[] = (counts?.byType ?? []).map((bucket) => ({
    label: capitalized(bucket.key),
    count: bucket.count,
    href: dashboardUrl({ ...filters, type: bucket.key }),
  }));
  // The bucket of events without a country has a key that is not an id (NONE): no page to link to.
  const countryBars: Bar[] = (counts?.byCountry ?? [])
    .slice(0, 10)
    .map((bucket) => ({ label: bucket.label, count: bucket.count, href: bucket.key.includes(':') ? pageUrl(bucket.key) : undefined }));
  return (
    <>
      <h1>Diplomatic events</h1>
      <SearchBox initial={initialQuery} autofocus />
      <section aria-labelledby="filters-heading" class="filters">
        <h2 id="filters-heading">Filter the events</h2>
        <form onSubmit={(event) => event.preventDefault()}>
          <label>
            Type{' '}
            <select value={filters.type ?? ''} onChange={(event) => change('type', (event.target as HTMLSelectElement).value)}>
              <option value="">any</option>
              {(data?.types ?? []).map((type) => (
                <option key={type.key} value={type.key}>
                  {capitalized(type.key)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Country{' '}
            <select value={filters.country ?? ''} onChange={(event) => change('country', (event.target as HTMLSelectElement).value)}>
              <option value="">any</option>
              {(data?.countries ?? []).map((country) => (
                <option key={country.id} value={country.id}>
                  {country.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            From{' '}
            <input type="date" value={filters.from ?? ''} onChange={(event) => change('from', (event.target as HTMLInputElement).value)} />
          </label>
          <label>
            To <input type="date" value={filters.to ?? ''} onChange={(event) => change('to', (event.target as HTMLInputElement).value)} />
          </label>
          {FILTER_KEYS.some((key) => filters[key]) ? <a href={dashboardUrl({})}>Clear the filters</a> : null}
        </form>
      </section>
      {error ? <p class="error">{error}</p> : null}
      {data ? (
        <>
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading">
              Latest events <span class="muted">({data.latest.totalCount} in all)</span>
            </h2>
            <ol class="event-list" id="latest">
              {data.latest.edges.map(({ node }) => (
                <li key={node.id}>
                  <a href={pageUrl(node.id)}>{node.title}</a>
                  <span class="muted">
                    {' '}
                    · {capitalized(node.type)} · {formatDate(node.date, node.datePrecision)}
                    {node.location ? ` · ${node.location.name}` : ''}
                    {node.status === 'SCHEDULED' ? ' · scheduled' : ''}
                  </span>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="stats-heading" class="dashboard">
            <h2 id="stats-heading">Events in numbers</h2>
            <div class="charts" id="charts" aria-busy={counts ? 'false' : 'true'}>
              <BarChart title="Events per month" bars={monthBars} />
              {counts ? (
                <>
                  <BarChart title="Events per type" bars={typeBars} horizontal />
                  <BarChart title="Most active countries" bars={countryBars} horizontal />
                </>
              ) : (
                <p class="muted">Counting the events per type and per country…</p>
              )}
            </div>
          </section>
          <QueryShown operation={dashboardQuery} variables={variables} />
          <QueryShown operation={dashboardCountsQuery} variables={variables} />
        </>
      ) : (
        !error && <p aria-busy="true">Loading…</p>
      )}
    </>
  );
}
