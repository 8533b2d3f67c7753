import { declaredGraph, describeDifference, snapshotDifference } from '../helpers/graph-state';

// The sequencer is the CommonJS module jest loads (jest requires it without transforming it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ShuffledSequencer = require('../helpers/shuffled-sequencer.cjs') as new (options: unknown) => { sort(tests: unknown[]): any[] };

/** Test files as jest hands them to the sequencer (only what the order depends on). */
const FILES = Array.from({ length: 40 }, (_, index) => ({
  path: `/repo/tests/integration/file-${String(index).padStart(2, '0')}.test.ts`,
  context: { config: { displayName: { name: 'integration' } } },
}));

function orderWith(seed: string | undefined, files = FILES): string[] {
  const saved = process.env.TEST_SEED;
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    if (seed === undefined) delete process.env.TEST_SEED;
    else process.env.TEST_SEED = seed;
    return new ShuffledSequencer({}).sort(files).map((test) => test.path as string);
  } finally {
    log.mockRestore();
    if (saved === undefined) delete process.env.TEST_SEED;
    else process.env.TEST_SEED = saved;
  }
}

describe('the order of the test files', () => {
  it('is the same for the same TEST_SEED, whatever order jest found the files in', () => {
    const order = orderWith('12345');
    expect(orderWith('12345', [...FILES].reverse())).toEqual(order);
    expect([...order].sort()).toEqual(FILES.map((file) => file.path));
  });

  it('differs between seeds, and is not the sorted order', () => {
    const orders = ['1', '2', '3'].map((seed) => orderWith(seed).join());
    expect(new Set(orders).size).toBe(3);
    expect(orders).not.toContain(FILES.map((file) => file.path).join());
  });

  it('prints its seed first, a random one when TEST_SEED is unset', () => {
    const printed: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    const saved = process.env.TEST_SEED;
    try {
      delete process.env.TEST_SEED;
      const first = new ShuffledSequencer({}).sort(FILES);
      new ShuffledSequencer({}).sort(FILES);
      const seeds = printed.map((line) => /TEST_SEED=(\d+) /.exec(line)?.[1]);
      expect(seeds.every((seed) => seed !== undefined)).toBe(true);
      expect(orderWith(seeds[0])).toEqual(first.map((test) => test.path));
    } finally {
      log.mockRestore();
      if (saved !== undefined) process.env.TEST_SEED = saved;
    }
  });

  it('refuses a TEST_SEED that is not a whole number', () => {
    expect(() => orderWith('abc')).toThrow('TEST_SEED must be a whole number, got "abc"');
  });
});

describe('the graph a file declares', () => {
  it('is the seed unless its docblock says @graph empty; anything else is refused', () => {
    expect(declaredGraph({}, 'a.test.ts')).toBe('seed');
    expect(declaredGraph({ graph: 'empty' }, 'a.test.ts')).toBe('empty');
    expect(declaredGraph({ graph: ' seed ' }, 'a.test.ts')).toBe('seed');
    expect(() => declaredGraph({ graph: 'synthetic' }, 'a.test.ts')).toThrow('a.test.ts: @graph synthetic is not one of seed, empty');
  });

  it('is compared line by line, repeats counted, and a difference is told in a few lines', () => {
    const difference = snapshotDifference(['a', 'b', 'b', 'c'], ['b', 'c', 'd', 'd']);
    expect(difference).toEqual({ added: ['d', 'd'], removed: ['a', 'b'] });
    expect(describeDifference(difference, 1)).toBe('  2 added:\n    d\n  2 removed:\n    a');
  });
});
