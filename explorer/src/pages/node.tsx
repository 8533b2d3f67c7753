import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../api';
import { EvidenceButton } from '../components/evidence';
import { GraphView } from '../components/graph-view';
import { QueryShown } from '../components/layout';
import { Timeline, type TimelineItem } from '../components/timeline';
import { capitalized, formatDate, labelOf, pageUrl, reasonText, relationPhrase, words, markContentShown } from '../format';
import type { DatedEvent, Labelled, Named, Quote, SourceRef, Subgraph } from '../model';
import countryQuery from '../queries/country.graphql';
import eventQuery from '../queries/event.graphql';
import organizationQuery from '../queries/organization.graphql';
import personQuery from '../queries/person.graphql';
import placeQuery from '../queries/place.graphql';
import sourceQuery from '../queries/source.graphql';
import topicQuery from '../queries/topic.graphql';

/** Each kind's page: the operation it runs and the root field its node is under. */
const PAGE_QUERIES: Record<string, { operation: string; root: string }> = {
  event: { operation: eventQuery, root: 'event' },
  person: { operation: personQuery, root: 'person' },
  country: { operation: countryQuery, root: 'country' },
  organization: { operation: organizationQuery, root: 'organization' },
  place: { operation: placeQuery, root: 'place' },
  topic: { operation: topicQuery, root: 'topic' },
  source: { operation: sourceQuery, root: 'source' },
};

/** A node as the kind queries select it; each kind has its own fields (all optional here). */
interface PageNode extends Labelled {
  aliases?: string[];
  nativeNames?: string[];
  description?: string | null;
  summary?: string | null;
  code?: string;
  orgKind?: string;
  placeKind?: string;
  evidence?: Quote[];
  events?: DatedEvent[];
  country?: Named | null;
  parent?: Named | null;
  plover?: string | null;
  cameoCode?: string | null;
  targetCount?: number | null;
  author?: string | null;
  [field: string]: unknown;
}

/** A link to a node's page. */
function NodeLink({ node }: { node: Labelled }) {
  return <a href={pageUrl(node.id)}>{labelOf(node)}</a>;
}

/** A row of facts: a label, the value, the evidence button. */
function Fact({ label, children, quotes, fact }: { label: string; children: ComponentChildren; quotes?: Quote[]; fact?: string }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>
        {children} {quotes ? <EvidenceButton fact={fact ?? label} quotes={quotes} /> : null}
      </dd>
    </div>
  );
}

/** The page of one node: everything about it in plain language, each fact with its evidence, and its neighborhood. */
export function NodePage({ kind, id }: { kind: string; id: string }) {
  const spec = PAGE_QUERIES[kind];
  const [data, setData] = useState<{ node: PageNode | null; around: Subgraph }>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    graphql<Record<string, unknown>>(spec.operation, { id }).then(
      (answer) => setData({ node: answer[spec.root] as PageNode | null, around: answer.around as Subgraph }),
      (failure: Error) => setError(failure.message),
    );
  }, [spec, id]);
  useEffect(() => {
    if (data) markContentShown();
  }, [data]);
  if (error) return <p class="error">{error}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;
  const { node, around } = data;
  if (!node)
    return (
      <p>
        There is no {kind} with the id “{id}”.
      </p>
    );
  document.title = `${labelOf(node)} · Diplomatic events explorer`;
  return (
    <article class={`node-page kind-${kind}`}>
      <p class="kind-badge">{capitalized(kind)}</p>
      <h1>{labelOf(node)}</h1>
      {node.summary || node.description ? <p class="lede">{node.summary ?? node.description}</p> : null}
      <dl class="facts">
        {node.aliases?.length ? <Fact label="Also written">{node.aliases.join(', ')}</Fact> : null}
        {node.nativeNames?.length ? <Fact label="In its own script">{node.nativeNames.join(', ')}</Fact> : null}
        {node.evidence ? (
          <Fact label="Where sources name it" quotes={node.evidence} fact={labelOf(node)}>
            {node.evidence.length} quote{node.evidence.length === 1 ? '' : 's'}
          </Fact>
        ) : null}
        {kind === 'event' ? <EventFacts event={node} /> : null}
        {kind === 'person' || kind === 'organization' || kind === 'place' ? (
          node.country ? (
            <Fact label="Country">
              <NodeLink node={node.country} />
            </Fact>
          ) : null
        ) : null}
        {node.code ? <Fact label="ISO code">{node.code}</Fact> : null}
        {node.orgKind ? <Fact label="Kind of organization">{capitalized(node.orgKind)}</Fact> : null}
        {node.placeKind ? <Fact label="Kind of place">{capitalized(node.placeKind)}</Fact> : null}
        {node.parent ? (
          <Fact label="Part of">
            <NodeLink node={node.parent} />
          </Fact>
        ) : null}
        {kind === 'source' ? <SourceFacts source={node} /> : null}
      </dl>
      {kind === 'event' ? <EventSections event={node} /> : null}
      {kind === 'person' ? <PersonSections person={node} /> : null}
      <Connections id={id} around={around} />
      {kind === 'event' ? <RelatedEvents event={node} /> : null}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <Timeline items={timelineItems(kind, node)} focusId={kind === 'event' ? node.id : undefined} />
      </section>
      <GraphView id={id} />
      <QueryShown operation={spec.operation} variables={{ id }} />
    </article>
  );
}

/** The events of the page's timeline: an event with its related events, any other node with its events. */
function timelineItems(kind: string, node: PageNode): TimelineItem[] {
  if (kind === 'event') {
    const related = (node.related as Array<{ event: DatedEvent }> | undefined) ?? [];
    return [
      { ...(node as unknown as DatedEvent), relation: 'this event' },
      ...related.map(({ event }) => ({ ...event, relation: 'related' })),
    ];
  }
  return (node.events ?? []).map((event) => ({ ...event, relation: 'event' }));
}

interface DateClaim {
  date: string | null;
  datePrecision: string;
  dateText: string | null;
  source: SourceRef;
  evidence: Quote[];
}
interface StatusClaim {
  status: string;
  source: SourceRef;
  evidence: Quote[];
}

/** An event's own facts: type, date with the source's words and precision, status, place, codes. */
function EventFacts({ event }: { event: PageNode }) {
  const location = event.location as (Named & { country: Named | null }) | null;
  return (
    <>
      <Fact label="Type">{capitalized(event.type)}</Fact>
      <Fact label="Date">
        {formatDate(event.date, event.datePrecision)}
        {event.dateText ? <span class="muted"> · the source’s words: “{event.dateText}”</span> : null}
        <span class="muted"> · precision: {words(event.datePrecision)}</span>
        {event.dateDisputed ? <strong class="disputed"> · the sources disagree on the date</strong> : null}
      </Fact>
      <Fact label="Status">{capitalized(event.status)}</Fact>
      {location ? (
        <Fact label="Place">
          <NodeLink node={location} />
          {location.country ? (
            <>
              {', '}
              <NodeLink node={location.country} />
            </>
          ) : null}
        </Fact>
      ) : null}
      {event.cameoCode || event.plover ? (
        <Fact label="Event codes">
          {[event.plover && `PLOVER ${event.plover}`, event.cameoCode && `CAMEO ${event.cameoCode}`].filter(Boolean).join(' · ')}
        </Fact>
      ) : null}
      {event.targetCount != null ? <Fact label="Targets">{event.targetCount}</Fact> : null}
    </>
  );
}

/** A source's facts: publisher, author, dates, address, and its text. */
function SourceFacts({ source }: { source: PageNode }) {
  return (
    <>
      {source.publisher ? <Fact label="Publisher">{source.publisher}</Fact> : null}
      {source.author ? <Fact label="Author">{source.author}</Fact> : null}
      {source.publishedAt ? <Fact label="Published">{formatDate(source.publishedAt as string)}</Fact> : null}
      {source.capturedAt ? <Fact label="Captured">{formatDate(source.capturedAt as string)}</Fact> : null}
      {source.textOrigin ? (
        <Fact label="Text">{source.textOrigin === 'FACT_SHEET' ? 'a fact sheet written from public sources' : 'the published text'}</Fact>
      ) : null}
      {source.url ? (
        <Fact label="Address">
          <a href={source.url as string} rel="noopener noreferrer external">
            {source.url as string}
          </a>
        </Fact>
      ) : null}
      {source.text ? (
        <div class="fact fact-wide">
          <dt>Its text</dt>
          <dd>
            <div class="source-text" tabIndex={0}>
              {source.text as string}
            </div>
          </dd>
        </div>
      ) : null}
    </>
  );
}

/** A table with a caption, its header row and rows. */
function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ComponentChildren[][] }) {
  if (rows.length === 0) return null;
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((cell) => (
            <th key={cell} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) => (
              <td key={column}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Who took part and for whom, what it targeted and addressed, each source's date and status, its sources. */
function EventSections({ event }: { event: PageNode }) {
  const participants = (event.participants ?? []) as Array<{
    role: string;
    title: string | null;
    person: Named;
    representing: Named | null;
    evidence: Quote[];
  }>;
  const countries = (event.countryParticipations ?? []) as Array<{ role: string; country: Named; evidence: Quote[] }>;
  const organizations = (event.organizationParticipations ?? []) as Array<{ role: string; organization: Named; evidence: Quote[] }>;
  const targetings = (event.targetings ?? []) as Array<{ count: number | null; target: Labelled; evidence: Quote[] }>;
  const agenda = (event.agenda ?? []) as Array<{ expected: boolean; topic: Named; evidence: Quote[] }>;
  const sources = (event.sources ?? []) as SourceRef[];
  return (
    <section aria-labelledby="who-heading">
      <h2 id="who-heading">Who and what</h2>
      <Table
        caption="People who took part"
        head={['Person', 'Role', 'Title', 'Representing', 'Evidence']}
        rows={participants.map((p) => [
          <NodeLink node={p.person} />,
          words(p.role),
          p.title ?? '',
          p.representing ? <NodeLink node={p.representing} /> : '',
          <EvidenceButton fact={`${p.person.name} took part`} quotes={p.evidence} />,
        ])}
      />
      <Table
        caption="Countries taking part"
        head={['Country', 'Role', 'Evidence']}
        rows={countries.map((c) => [
          <NodeLink node={c.country} />,
          words(c.role),
          <EvidenceButton fact={`${c.country.name} took part`} quotes={c.evidence} />,
        ])}
      />
      <Table
        caption="Organizations taking part"
        head={['Organization', 'Role', 'Evidence']}
        rows={organizations.map((o) => [
          <NodeLink node={o.organization} />,
          words(o.role),
          <EvidenceButton fact={`${o.organization.name} took part`} quotes={o.evidence} />,
        ])}
      />
      <Table
        caption="Targets"
        head={['Target', 'How many', 'Evidence']}
        rows={targetings.map((t) => [
          <NodeLink node={t.target} />,
          t.count == null ? '' : String(t.count),
          <EvidenceButton fact={`targets ${labelOf(t.target)}`} quotes={t.evidence} />,
        ])}
      />
      <Table
        caption="Agenda"
        head={['Topic', 'Expected or held', 'Evidence']}
        rows={agenda.map((a) => [
          <NodeLink node={a.topic} />,
          a.expected ? 'expected' : 'addressed',
          <EvidenceButton fact={`agenda: ${a.topic.name}`} quotes={a.evidence} />,
        ])}
      />
      <Claims dateClaims={(event.dateClaims ?? []) as DateClaim[]} statusClaims={(event.statusClaims ?? []) as StatusClaim[]} />
      {sources.length ? (
        <>
          <h3>Sources</h3>
          <ul>
            {sources.map((source) => (
              <li key={source.id}>
                <a href={pageUrl(source.id)}>{source.title}</a>
                {source.publisher ? ` · ${source.publisher}` : ''}
                {source.publishedAt ? ` · ${formatDate(source.publishedAt)}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Each source's date and status for the event, side by side; the cells where sources differ are marked. */
function Claims({ dateClaims, statusClaims }: { dateClaims: DateClaim[]; statusClaims: StatusClaim[] }) {
  const sources = new Map<string, SourceRef>();
  for (const claim of [...dateClaims, ...statusClaims]) sources.set(claim.source.id, claim.source);
  if (sources.size === 0) return null;
  const dateOf = (claim: DateClaim) => `${formatDate(claim.date, claim.datePrecision)}${claim.dateText ? ` (“${claim.dateText}”)` : ''}`;
  const datesDiffer = new Set(dateClaims.map((claim) => `${claim.date}|${claim.datePrecision}`)).size > 1;
  const statusesDiffer = new Set(statusClaims.map((claim) => claim.status)).size > 1;
  return (
    <table class="claims">
      <caption>
        What each source says{datesDiffer || statusesDiffer ? <strong class="disputed"> — the sources differ</strong> : null}
      </caption>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Date</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {[...sources.values()].map((source) => {
          const date = dateClaims.find((claim) => claim.source.id === source.id);
          const status = statusClaims.find((claim) => claim.source.id === source.id);
          return (
            <tr key={source.id}>
              <th scope="row">
                <a href={pageUrl(source.id)}>{source.title}</a>
                {source.publisher ? <span class="muted"> · {source.publisher}</span> : null}
              </th>
              <td class={datesDiffer ? 'differs' : ''}>
                {date ? (
                  <>
                    {dateOf(date)} <EvidenceButton fact={`the date according to ${source.title}`} quotes={date.evidence} />
                  </>
                ) : (
                  <span class="muted">says nothing</span>
                )}
              </td>
              <td class={statusesDiffer ? 'differs' : ''}>
                {status ? (
                  <>
                    {words(status.status)} <EvidenceButton fact={`the status according to ${source.title}`} quotes={status.evidence} />
                  </>
                ) : (
                  <span class="muted">says nothing</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A person's positions as each source gives them, and the events taken part in with role and title. */
function PersonSections({ person }: { person: PageNode }) {
  const positions = (person.positions ?? []) as Array<{
    title: string;
    from: string | null;
    until: string | null;
    organization: Named | null;
    country: Named | null;
    evidence: Quote[];
  }>;
  const participations = (person.participations ?? []) as Array<{
    role: string;
    title: string | null;
    representing: Named | null;
    event: DatedEvent;
    evidence: Quote[];
  }>;
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">Positions and events</h2>
      <Table
        caption="Positions"
        head={['Title', 'Organization', 'Country', 'When', 'Evidence']}
        rows={positions.map((p) => [
          p.title,
          p.organization ? <NodeLink node={p.organization} /> : '',
          p.country ? <NodeLink node={p.country} /> : '',
          [p.from && `from ${formatDate(p.from)}`, p.until && `until ${formatDate(p.until)}`].filter(Boolean).join(' ') || '',
          <EvidenceButton fact={p.title} quotes={p.evidence} />,
        ])}
      />
      <Table
        caption="Took part in"
        head={['Event', 'Date', 'Role', 'Title', 'Representing', 'Evidence']}
        rows={participations.map((p) => [
          <a href={pageUrl(p.event.id)}>{p.event.title}</a>,
          formatDate(p.event.date, p.event.datePrecision),
          words(p.role),
          p.title ?? '',
          p.representing ? <NodeLink node={p.representing} /> : '',
          <EvidenceButton fact={`took part in ${p.event.title}`} quotes={p.evidence} />,
        ])}
      />
    </section>
  );
}

/** The node's relationships one hop away in words, grouped, each with the quotes that state it. */
function Connections({ id, around }: { id: string; around: Subgraph }) {
  const label = new Map(around.nodes.map((node) => [node.id, node]));
  const groups = new Map<string, Array<{ other: string; evidence: Quote[] }>>();
  for (const edge of around.edges) {
    if (edge.from !== id && edge.to !== id) continue;
    const outgoing = edge.from === id;
    const phrase = relationPhrase(edge.type, outgoing);
    const list = groups.get(phrase) ?? [];
    list.push({ other: outgoing ? edge.to : edge.from, evidence: edge.evidence ?? [] });
    groups.set(phrase, list);
  }
  if (groups.size === 0) return null;
  return (
    <section aria-labelledby="connections-heading">
      <h2 id="connections-heading">Connections</h2>
      <dl class="facts connections">
        {[...groups.entries()].map(([phrase, items]) => (
          <div class="fact" key={phrase}>
            <dt>{capitalized(phrase)}</dt>
            <dd>
              <ul>
                {items.map(({ other, evidence }) => {
                  const node = label.get(other);
                  return (
                    <li key={other}>
                      <a href={pageUrl(other)}>{node?.label ?? other}</a> <span class="kind">{capitalized(node?.kind)}</span>{' '}
                      <EvidenceButton fact={`${phrase} ${node?.label ?? other}`} quotes={evidence} />
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      {around.truncated ? <p class="truncated">More than 200 nodes are one hop away: the nearest are listed.</p> : null}
    </section>
  );
}

/** Related events ranked by score, each with its reasons in words and a link to its page. */
function RelatedEvents({ event }: { event: PageNode }) {
  const related = (event.related ?? []) as Array<{
    score: number;
    event: DatedEvent;
    reasons: Array<{ kind: string; weight: number; via: Labelled[] }>;
  }>;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">Related events</h2>
      {related.length === 0 ? <p>No related events.</p> : null}
      <ol class="related" id="related">
        {related.map((item) => (
          <li key={item.event.id}>
            <a href={pageUrl(item.event.id)}>{item.event.title}</a>
            <span class="muted">
              {' '}
              · {formatDate(item.event.date, item.event.datePrecision)} · score {item.score.toFixed(1)}
            </span>
            <ul class="reasons">
              {item.reasons.map((reason) => (
                <li key={reason.kind}>{reasonText(reason.kind, reason.via)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
