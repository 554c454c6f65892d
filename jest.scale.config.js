// eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/no-unused-vars -- a CommonJS config built on the main one
const { testSequencer, testPathIgnorePatterns, ...base } = require('./jest.config');

/** `npm run test:scale`: the scale-out shape (test/scale/), apart from the README's suite. */
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/scale/**/*.test.ts'],
  maxWorkers: 1,
  testTimeout: 240000,
};
