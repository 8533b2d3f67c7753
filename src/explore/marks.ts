/**
 * The User Timing mark a page sets once its main content is on screen: the explorer sets it (explorer/src/format.ts,
 * markContentShown) and `npm run bench` reads it (tools/bench/bench.explorer.ts). No DOM here, so both can import it.
 */
export const CONTENT_MARK = 'explorer:content';
