import { performance } from 'node:perf_hooks';

/**
 * A single-line progress bar on a stream (stderr): `label [#####.....]  45%  123,456/270,000 rows  52,345 rows/s`,
 * redrawn in place with `\r` at most ten times a second, ended with a newline by `done()`.
 */
export function progressBar(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): {
  update: (done: number, total: number) => void;
  done: () => void;
} {
  const started = performance.now();
  let lastDraw = 0;
  let last = { done: 0, total: 0 };
  let drawn = false;
  const draw = () => {
    const { done, total } = last;
    const fraction = total > 0 ? Math.min(done / total, 1) : 1;
    const width = 30;
    const filled = Math.round(fraction * width);
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const line =
      `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ` +
      `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} rows  ${rate.toLocaleString('en-US')} rows/s  ${seconds.toFixed(1)} s`;
    stream.write(`\r${line}`);
    drawn = true;
  };
  return {
    update(done: number, total: number) {
      last = { done, total };
      const now = performance.now();
      if (now - lastDraw >= 100 || done >= total) {
        lastDraw = now;
        draw();
      }
    },
    done() {
      if (last.total > 0 || drawn) draw();
      stream.write('\n');
    },
  };
}
