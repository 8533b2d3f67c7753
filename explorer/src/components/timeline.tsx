import { formatDate, pageUrl, words } from '../format';
import type { DatedEvent } from '../model';

/** An event on the timeline, with how it relates to the page's node ("this event", "related", "follows up"). */
export interface TimelineItem extends DatedEvent {
  relation: string;
}

const WIDTH = 960;
const LANE = 26;
const MARGIN = 16;
const LABEL_CHARS = 34;

/** Days since 1970 of a date (yyyy-mm-dd). */
function dayOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/**
 * The events in time: a point per dated event on one axis, labels in lanes so none overlaps, each a link to the
 * event's page; the page's own event is drawn filled. Undated events are listed under it.
 */
export function Timeline({ items, focusId }: { items: TimelineItem[]; focusId?: string }) {
  const dated = items.filter((item) => item.date).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const undated = items.filter((item) => !item.date);
  if (dated.length === 0) return <p>No dated events.</p>;
  const first = dayOf(dated[0].date ?? '');
  const last = dayOf(dated[dated.length - 1].date ?? '');
  const span = Math.max(last - first, 1);
  const x = (date: string) => MARGIN + ((dayOf(date) - first) / span) * (WIDTH - 2 * MARGIN - 220);
  // Greedy lanes: an item goes in the first lane whose last label ends before its point.
  const laneEnds: number[] = [];
  const placed = dated.map((item) => {
    const at = x(item.date ?? '');
    const label = item.title.length > LABEL_CHARS ? `${item.title.slice(0, LABEL_CHARS - 1)}…` : item.title;
    const end = at + 10 + label.length * 6.2;
    let lane = laneEnds.findIndex((laneEnd) => laneEnd < at);
    if (lane < 0) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    return { item, at, lane, label };
  });
  const height = laneEnds.length * LANE + 44;
  const years = new Set(dated.map((item) => (item.date ?? '').slice(0, 4)));
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`Timeline of ${dated.length} dated events`}>
        <line x1={MARGIN} x2={WIDTH - MARGIN} y1={height - 28} y2={height - 28} class="axis" />
        {[...years].map((year) => {
          const at = x(`${year}-01-01`) < MARGIN ? MARGIN : x(`${year}-01-01`);
          return (
            <text key={year} x={at} y={height - 10} class="tick">
              {year}
            </text>
          );
        })}
        {placed.map(({ item, at, lane, label }) => (
          <a key={item.id} href={pageUrl(item.id)} class={`point relation-${item.relation.replace(/\W+/g, '-')}`}>
            <title>{`${item.title} — ${formatDate(item.date, item.datePrecision)} (${item.relation})`}</title>
            <line x1={at} x2={at} y1={lane * LANE + 16} y2={height - 28} class="stem" />
            <circle cx={at} cy={lane * LANE + 12} r={5} class={item.id === focusId ? 'focus' : ''} />
            <text x={at + 9} y={lane * LANE + 16}>
              {label}
            </text>
          </a>
        ))}
      </svg>
      <figcaption>
        {formatDate(dated[0].date, 'DAY')} to {formatDate(dated[dated.length - 1].date, 'DAY')} · {dated.length} dated event
        {dated.length > 1 ? 's' : ''}
        {undated.length > 0 ? ` · undated: ${undated.map((item) => `${item.title} (${words(item.relation)})`).join('; ')}` : ''}
      </figcaption>
    </figure>
  );
}
