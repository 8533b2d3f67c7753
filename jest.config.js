// Three projects: `unit` (no Neo4j, no ports), `integration` (the test Neo4j over Bolt, the API over HTTP, child
// processes) and `browser` (Debian's Chromium against the API). The global set-up (Neo4j, the build, the seed) runs
// only when a project that needs it is selected: `npm run test:unit` starts nothing. The files run in a shuffled
// order (TEST_SEED), each from the graph it declares (tests/helpers/graph-environment.ts).

/** ts-jest only transpiles (tsconfig.jest.json: isolatedModules): `npm run typecheck` checks the types, once. */
const common = {
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  setupFiles: ['reflect-metadata'],
};

/** The projects on the test Neo4j. */
const onNeo4j = {
  ...common,
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
  testEnvironment: '<rootDir>/tests/helpers/graph-environment.ts',
};

module.exports = {
  testSequencer: '<rootDir>/tests/helpers/shuffled-sequencer.cjs',
  reporters: ['default', '<rootDir>/tests/helpers/time-reporter.cjs'],
  testTimeout: 180_000,
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...onNeo4j, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...onNeo4j, displayName: 'browser', testMatch: ['<rootDir>/tests/browser/**/*.test.ts'] },
  ],
};
