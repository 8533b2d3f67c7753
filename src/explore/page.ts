import { BundleFiles } from './assets';

/** Where the explorer lives and where its hashed files are served. */
export const EXPLORE_PATH = '/explore';
export const ASSETS_PATH = `${EXPLORE_PATH}/assets`;

/** Text for HTML: the five characters that could open markup or end an attribute are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What a page shell says to the script that renders it (data-* attributes of #app: no inline script). */
export interface PageData {
  /** Which page the script renders: home, node, graphiql, not-found. */
  page: string;
  /** Further data-* attributes (already plain strings). */
  [key: string]: string;
}

export interface PageOptions {
  title: string;
  bundle: BundleFiles;
  data: PageData;
  /** What shows before the script runs (or without it): escaped HTML. */
  body?: string;
}

/**
 * The HTML of an explorer page: a shell whose script (one module, from the assets folder) renders the page from the
 * public GraphQL API. Everything that comes from the request is escaped.
 */
export function renderPage({ title, bundle, data, body = '' }: PageOptions): string {
  const attributes = Object.entries(data)
    .map(([key, value]) => ` data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${escapeHtml(value)}"`)
    .join('');
  const style = bundle.style ? `<link rel="stylesheet" href="${ASSETS_PATH}/${bundle.style}">` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
${style}
<script type="module" src="${ASSETS_PATH}/${bundle.script}"></script>
</head>
<body>
<div id="app"${attributes}>${body}</div>
</body>
</html>
`;
}

/** A search form that works without the script: GET /explore?q=... */
export function searchFormHtml(query = ''): string {
  return `<form class="search" role="search" action="${EXPLORE_PATH}" method="get"><label for="q">Search people, events, countries, organizations</label> <input id="q" name="q" type="search" value="${escapeHtml(query)}" autocomplete="off"> <button type="submit">Search</button></form>`;
}
