/** Jest configuration: TypeScript through @swc/jest (no type-check in the test path; `npm run build` type-checks). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  setupFiles: ['<rootDir>/test/fast-check-seed.ts'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' }, sourceMaps: 'inline' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/lib/', '/build/', '/dist/', '/cdktf.out/'],
  watchPathIgnorePatterns: ['/cdktf.out/', '/dist/'],
  snapshotFormat: { printBasicPrototype: false },
};
