// GraphiQL's page (/explore/graphiql): GraphiQL 5 with its Monaco editors, bundled from node_modules by
// explorer/build.mjs, nothing fetched from any other origin. It opens on the project's example operations
// (/explore/graphiql/examples.json), one tab each with the first selected, and queries this origin's /graphql.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './graphiql.css';
import { examplesFirstStorage } from './storage';
import { readWorkerUrls, setupMonacoWorkers } from './workers';

/** The GraphQL endpoint: this origin's, so requests stay within the page's CSP (connect-src 'self'). */
export const GRAPHQL_PATH = '/graphql';
/** The example operations the server reads from schema/examples. */
export const EXAMPLES_PATH = '/explore/graphiql/examples.json';

/** An example operation as /explore/graphiql/examples.json lists it. */
export interface Example {
  name: string;
  query: string;
}

/** The examples, or none (GraphiQL then opens on an empty tab) when they cannot be read. */
export async function loadExamples(path: string = EXAMPLES_PATH): Promise<Example[]> {
  try {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    const examples: unknown = await response.json();
    if (!Array.isArray(examples)) throw new Error(`${path} is not a list`);
    return examples.filter((example): example is Example => typeof (example as Example)?.query === 'string');
  } catch (error) {
    console.warn('GraphiQL: no examples', error);
    return [];
  }
}

/** What the headers editor shows in a tab that has no headers yet: where an API key goes (comments are allowed). */
export const HEADERS_HINT = '// Mutations need an API key. Replace these lines with:\n// {"Authorization": "Bearer <key>"}\n';

async function main(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  setupMonacoWorkers(readWorkerUrls(app));
  const examples = await loadExamples();
  const fetcher = createGraphiQLFetcher({ url: new URL(GRAPHQL_PATH, window.location.href).href });
  app.classList.add('graphiql-page');
  createRoot(app).render(
    <StrictMode>
      <GraphiQL
        fetcher={fetcher}
        storage={examplesFirstStorage()}
        defaultTabs={examples.length > 0 ? examples.map((example) => ({ query: example.query })) : undefined}
        defaultHeaders={HEADERS_HINT}
        isHeadersEditorEnabled
        shouldPersistHeaders={false}
        defaultEditorToolsVisibility="headers"
      />
    </StrictMode>,
  );
}

void main();
