import { useEffect, useRef } from 'preact/hooks';

/** One bar: its label and count, and where a click on it leads (a filtered view), if anywhere. */
export interface Bar {
  label: string;
  count: number;
  href?: string;
}

/**
 * A bar chart drawn by Chart.js (loaded only where a chart is shown), with the same numbers as a table for screen
 * readers and keyboards; a click on a bar follows its link.
 */
export function BarChart({ title, bars, horizontal = false }: { title: string; bars: Bar[]; horizontal?: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: import('chart.js').Chart | undefined;
    let destroyed = false;
    void import('chart.js').then(({ Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip }) => {
      if (destroyed || !canvas.current) return;
      Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
      chart = new Chart(canvas.current, {
        type: 'bar',
        data: {
          labels: bars.map((bar) => bar.label),
          datasets: [{ label: title, data: bars.map((bar) => bar.count), backgroundColor: '#1d4ed8' }],
        },
        options: {
          indexAxis: horizontal ? 'y' : 'x',
          animation: false,
          maintainAspectRatio: false,
          scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
          onClick: (_event, elements) => {
            const href = elements[0] && bars[elements[0].index]?.href;
            if (href) window.location.assign(href);
          },
        },
      });
    });
    return () => {
      destroyed = true;
      chart?.destroy();
    };
  }, [bars, title, horizontal]);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div class="chart-box" style={{ height: `${horizontal ? Math.max(120, bars.length * 24 + 40) : 220}px` }}>
        <canvas ref={canvas} role="img" aria-label={`${title}: ${bars.map((bar) => `${bar.label} ${bar.count}`).join(', ')}`} />
      </div>
      <details>
        <summary>As a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col">Events</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <td>{bar.href ? <a href={bar.href}>{bar.label}</a> : bar.label}</td>
                <td>{bar.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
