import type * as Chrono from 'chrono-node';
import type Compromise from 'compromise';

/**
 * The NLP libraries, loaded the first time a text is extracted rather than when the server starts: compromise and
 * chrono-node take about half a second to load, which every start of the API (and every test file that starts one)
 * paid though most never extract. Their types are imported as usual; only the loading waits.
 */
let compromise: typeof Compromise | undefined;
let chrono: typeof Chrono | undefined;

/** compromise's `nlp(text)`. */
export function nlp(text: string): ReturnType<typeof Compromise> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose (see above)
  compromise ??= require('compromise') as typeof Compromise;
  return compromise(text);
}

/** chrono-node's `parse`. */
export function chronoParse(...args: Parameters<typeof Chrono.parse>): ReturnType<typeof Chrono.parse> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose (see above)
  chrono ??= require('chrono-node') as typeof Chrono;
  return chrono.parse(...args);
}
