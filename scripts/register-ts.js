// Minimal require hook: lets `node` load the TypeScript examples directly (through @swc/core, no type-check),
// so `npx cdktf synth` needs no separate build step. Type-checking happens in `npm run build` and the tests.
const fs = require('fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function registerTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
