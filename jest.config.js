/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // the scale-out shape starts a PostgreSQL cluster, Redis clients and six processes: its own
  // command (`npm run test:scale`, jest.scale.config.js), which CI runs after this suite
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/scale/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { isolatedModules: true }],
    // graphql-upload and fs-capacitor ship only ES modules, which Jest before Node 24.9 cannot
    // require; compiled to CommonJS here, they load like the app's own code.
    '^.+\\.m?js$': ['ts-jest', { isolatedModules: true, tsconfig: { allowJs: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(graphql-upload|fs-capacitor)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // the longest files first, also on a fresh clone, so that both workers finish together
  testSequencer: '<rootDir>/test/support/test-sequencer.mjs',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
};
