// The order of the test files: shuffled, from a seed. TEST_SEED=N repeats an order; unset, a random seed is drawn.
// The seed is printed before anything runs, so a failure that depends on the order can be run again in that order.
const { randomInt } = require('node:crypto');
const Sequencer = require('@jest/test-sequencer').default;
const { unsafeUniformIntDistribution, xoroshiro128plus } = require('pure-rand');

/** The seed of the order: TEST_SEED (a whole number), or a random one. */
function orderSeed(value) {
  if (value === undefined || value === '') return randomInt(2 ** 31);
  if (!/^\d+$/.test(value.trim())) throw new Error(`TEST_SEED must be a whole number, got "${value}"`);
  return Number(value.trim()) % 2 ** 31;
}

/** Jest's sequencer with a seeded Fisher-Yates shuffle (pure-rand's xoroshiro128+, as jest --randomize uses) for sort(). */
class ShuffledSequencer extends Sequencer {
  sort(tests) {
    const seed = orderSeed(process.env.TEST_SEED);
    console.log(`Test files in a shuffled order: TEST_SEED=${seed} (TEST_SEED=${seed} npm test runs them in this order again)`);
    const key = (test) => `${test.context.config.displayName?.name ?? ''} ${test.path}`;
    // From the same start whatever order the files were found in, then shuffled.
    const order = [...tests].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const random = xoroshiro128plus(seed);
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = unsafeUniformIntDistribution(0, i, random);
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order;
  }
}

module.exports = ShuffledSequencer;
