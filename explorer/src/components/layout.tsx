import type { ComponentChildren } from 'preact';
import { useCallback, useRef, useState } from 'preact/hooks';
import { operationText } from '../api';
import type { Quote } from '../model';
import { ApiKeyForm } from './api-key';
import { EvidenceContext, EvidencePanel } from './evidence';

/** The page's frame: a header with the way home and to GraphiQL, the page, the evidence panel when a fact is opened. */
export function Layout({ children, graphiql }: { children: ComponentChildren; graphiql: boolean }) {
  const [evidence, setEvidence] = useState<{ fact: string; quotes: Quote[] }>();
  // Closing the evidence gives the focus back to what opened it (the fact's button), for keyboard users.
  const opener = useRef<HTMLElement | null>(null);
  const show = useCallback((fact: string, quotes: Quote[]) => {
    if (document.activeElement instanceof HTMLElement && !document.activeElement.closest('.evidence-panel'))
      opener.current = document.activeElement;
    setEvidence({ fact, quotes });
  }, []);
  const close = useCallback(() => {
    setEvidence(undefined);
    opener.current?.focus();
  }, []);
  return (
    <EvidenceContext.Provider value={show}>
      <a class="skip" href="#main">
        Skip to the content
      </a>
      <header class="top">
        <a class="brand" href="/explore">
          Diplomatic events
        </a>
        <nav aria-label="Explorer">
          <a href="/explore">Search and dashboard</a>
          {graphiql ? <a href="/explore/graphiql">GraphiQL</a> : null}
        </nav>
        <ApiKeyForm />
      </header>
      <div class={evidence ? 'with-panel' : ''}>
        <main id="main">{children}</main>
        {evidence ? <EvidencePanel fact={evidence.fact} quotes={evidence.quotes} onClose={close} /> : null}
      </div>
      <footer>
        Every page here is drawn from the public GraphQL API at <code>/graphql</code>, with the queries shown under “The GraphQL behind this
        page”.
      </footer>
    </EvidenceContext.Provider>
  );
}

/** The operation and variables a page ran, for whoever wants to write the same query. */
export function QueryShown({ operation, variables }: { operation: string; variables: Record<string, unknown> }) {
  return (
    <details class="query-shown">
      <summary>The GraphQL behind this page</summary>
      <pre>{operationText(operation)}</pre>
      <pre>{JSON.stringify(variables, null, 2)}</pre>
    </details>
  );
}
