// Part of `npm run build`: bundles the compiled rule pack runtime (lib/policy/checks/runtime.js and the
// ~60 modules it imports) into lib/policy/checks/runtime.bundle.js, which NetworkIsolationChecks loads on
// first use: one module to load instead of many keeps the checks' share of a synth small (see bench/).
const path = require('path');
const esbuild = require('esbuild');

const dir = path.join(__dirname, '..', 'lib', 'policy', 'checks');
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
