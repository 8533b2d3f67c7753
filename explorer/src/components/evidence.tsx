import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { graphql } from '../api';
import { formatDate, pageUrl } from '../format';
import type { Quote, SourceRef } from '../model';
import sourceTextQuery from '../queries/source-text.graphql';

/** Opens the evidence panel with a fact's quotes. */
export type ShowEvidence = (fact: string, quotes: Quote[]) => void;

/** How any fact on a page opens the evidence panel (provided by the page's layout). */
export const EvidenceContext = createContext<ShowEvidence>(() => undefined);

/** The button beside a fact: how many quotes support it; a click shows them inside their sources' text. */
export function EvidenceButton({ fact, quotes }: { fact: string; quotes: Quote[] }) {
  const show = useContext(EvidenceContext);
  if (quotes.length === 0)
    return (
      <span class="no-evidence" title="No quote in the graph for this fact">
        no quote
      </span>
    );
  return (
    <button
      type="button"
      class="evidence-button"
      aria-label={`Evidence for ${fact}: ${quotes.length} quote${quotes.length > 1 ? 's' : ''}`}
      onClick={() => show(fact, quotes)}
    >
      ❝ {quotes.length}
    </button>
  );
}

interface SourceText extends SourceRef {
  text: string | null;
}

const sourceTexts = new Map<string, Promise<SourceText | null>>();

/** A source's text, asked once per page. */
function sourceText(id: string): Promise<SourceText | null> {
  let text = sourceTexts.get(id);
  if (!text) {
    text = graphql<{ source: SourceText | null }>(sourceTextQuery, { id }).then((data) => data.source);
    sourceTexts.set(id, text);
  }
  return text;
}

/** Where the quote stands in the text: at its offsets when the text there is the quote, else its first occurrence. */
export function quoteSpan(text: string, quote: Quote): [number, number] | undefined {
  if (quote.start != null && quote.end != null && text.slice(quote.start, quote.end) === quote.quote) return [quote.start, quote.end];
  const at = text.indexOf(quote.quote);
  return at >= 0 ? [at, at + quote.quote.length] : undefined;
}

/** One quote inside its source's text, highlighted and scrolled into view, with the source's title, publisher and link. */
function QuoteInSource({ quote }: { quote: Quote }) {
  const [source, setSource] = useState<SourceText | null | undefined>(undefined);
  const [failed, setFailed] = useState<string>();
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    sourceText(quote.source.id).then(setSource, (error: Error) => setFailed(error.message));
  }, [quote.source.id]);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [source]);
  const span = source?.text ? quoteSpan(source.text, quote) : undefined;
  return (
    <li class="quote">
      <p class="quote-source">
        <a href={pageUrl(quote.source.id)}>{quote.source.title}</a>
        {quote.source.publisher ? ` · ${quote.source.publisher}` : ''}
        {quote.source.publishedAt ? ` · ${formatDate(quote.source.publishedAt)}` : ''}
        {quote.source.url ? (
          <>
            {' · '}
            <a href={quote.source.url} rel="noopener noreferrer external">
              original
            </a>
          </>
        ) : null}
      </p>
      {quote.claim || quote.supports ? (
        <p class="quote-claim">
          {[quote.claim && `claims: ${quote.claim}`, quote.supports && `supports: ${quote.supports}`].filter(Boolean).join(' · ')}
        </p>
      ) : null}
      {failed ? <p class="error">{failed}</p> : null}
      {source === undefined && !failed ? <blockquote class="quote-text">{quote.quote}</blockquote> : null}
      {source && source.text && span ? (
        <div class="source-text" tabIndex={0} aria-label={`Text of ${source.title}, the quote highlighted`}>
          {source.text.slice(0, span[0])}
          <mark ref={mark}>{source.text.slice(span[0], span[1])}</mark>
          {source.text.slice(span[1])}
        </div>
      ) : null}
      {source && (!source.text || !span) ? <blockquote class="quote-text">{quote.quote}</blockquote> : null}
    </li>
  );
}

/** The panel a fact's evidence opens in: every quote inside its source's text. */
export function EvidencePanel({ fact, quotes, onClose }: { fact: string; quotes: Quote[]; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [fact, quotes, onClose]);
  return (
    <aside class="evidence-panel" aria-labelledby="evidence-heading">
      <div class="evidence-head">
        <h2 id="evidence-heading" tabIndex={-1} ref={heading}>
          Evidence: {fact}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the evidence">
          ✕
        </button>
      </div>
      <ol class="quotes">
        {quotes.map((quote, index) => (
          <QuoteInSource key={`${quote.source.id}:${quote.start ?? index}:${index}`} quote={quote} />
        ))}
      </ol>
    </aside>
  );
}
