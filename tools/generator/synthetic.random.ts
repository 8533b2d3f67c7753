/**
 * A seeded pseudo-random generator (mulberry32): the synthetic graph is a pure function of its seed, so it never
 * uses Math.random or the clock.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    // Spread small seeds (1, 2, 3 ...) over the whole state space before the first draw.
    let state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
    state = Math.imul(state ^ (state >>> 16), 0x85ebca6b) >>> 0;
    state = Math.imul(state ^ (state >>> 13), 0xc2b2ae35) >>> 0;
    this.state = (state ^ (state >>> 16)) >>> 0;
  }

  /** A generator that continues from this one's current state, independently of it. */
  clone(): SeededRandom {
    const copy = new SeededRandom(0);
    copy.state = this.state;
    return copy;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  /** An index drawn from cumulative weights (see cumulativeWeights). */
  weighted(cumulative: readonly number[]): number {
    const target = this.next() * cumulative[cumulative.length - 1];
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** Up to `count` distinct elements of a list, in drawing order. */
  sample<T>(list: readonly T[], count: number): T[] {
    const copy = [...list];
    const chosen: T[] = [];
    while (chosen.length < count && copy.length > 0) {
      const index = Math.floor(this.next() * copy.length);
      chosen.push(copy[index]);
      copy[index] = copy[copy.length - 1];
      copy.pop();
    }
    return chosen;
  }
}

/** Running sums of weights, for SeededRandom.weighted. */
export function cumulativeWeights(weights: readonly number[]): number[] {
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) {
    total += weight;
    cumulative.push(total);
  }
  return cumulative;
}
