// Part of `npm run build`: bundles the compiled rule pack runtime (lib/checks/runtime.js and the
// ~60 modules it imports) into lib/checks/runtime.bundle.js, which NetworkIsolationChecks loads on
// first use: one module to load instead of many keeps the checks' share of a synth small (see bench/).
const path = require('path');
const esbuild = require('esbuild');

const dir = path.join(__dirname, '..', 'lib', 'checks');
esbuild.buildSync({
  entryPoints: [path.join(dir, 'runtime.js')],
  outfile: path.join(dir, 'runtime.bundle.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
