#!/usr/bin/env node
// The CDK Terrain flavor, `cdktn-isolated-aks`, generated from the same sources (part of `npm run package`):
//   1. copies src/, examples/, bin/ and the synth scripts into build/cdktn/ (generated, git-ignored), rewriting
//      the imports `cdktf` -> `cdktn`, `@cdktf/provider-azurerm/lib/...` -> `@cdktn/provider-azurerm/lib/...`,
//      `cdktf-isolated-aks` -> `cdktn-isolated-aks`, and the ACTIVE_FLAVOR line of src/internal/provider-flavor.ts;
//   2. writes its package.json (own names on every registry, cdktn peers) and builds it with jsii;
//   3. runs jsii-pacmak: dist/js/cdktn-isolated-aks@<version>.jsii.tgz and dist/cdktn/{python,java,dotnet,go}.
// Nothing under build/cdktn is edited by hand: a second run starts from an empty directory.
// Usage: node scripts/flavor/build-cdktn.js [--no-package]   (--no-package: steps 1 and 2 only)
'use strict';
const { execFileSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const BUILD = path.join(ROOT, 'build', 'cdktn');
const DIST = path.join(ROOT, 'dist');
const NAME = 'cdktn-isolated-aks';
/** What is copied (rewritten when .ts/.js) into build/cdktn, relative to the repository root. */
const INPUTS = ['src', 'examples', 'bin', 'rosetta', 'scripts/synth-examples.js', 'scripts/register-ts.js',
  'scripts/bundle-checks.js', 'cdktf.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];
const FLAVOR_FILE = path.join('src', 'internal', 'provider-flavor.ts');

/** Import rewrites: [pattern, replacement]. Each must match somewhere, or the build fails (a silent no-op would ship cdktf). */
const REWRITES = [
  [/(from |require\(|import )'cdktf'/g, "$1'cdktn'"],
  [/'@cdktf\/provider-azurerm\/lib\//g, "'@cdktn/provider-azurerm/lib/"],
  [/(from |require\()'cdktf-isolated-aks'/g, "$1'cdktn-isolated-aks'"],
  [/\bcdktf synth\b/g, 'cdktn synth'], // the CLI named in messages and docs
  [/from '\.\.\/\.\.\/src'/g, "from '../../lib'"], // the examples use the compiled flavor, as a user's app would
];
const FLAVOR_LINE = /^const ACTIVE_FLAVOR: ProviderFlavor\['cdk'\] = 'cdktf';$/m;
/** After the rewrite no module specifier may still name cdktf. */
// @cdktf/hcl2json is not a cdktf flavor package (a standalone HCL parser the CLI bundles): both flavors use it.
const LEFTOVER = /(from |require\(|import )'(cdktf|@cdktf\/(?!hcl2json')[^']*)'/;

function files(rel) {
  const full = path.join(ROOT, rel);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [rel];
  return fs.readdirSync(full).sort().flatMap((entry) => files(path.join(rel, entry)));
}

/** Hash of everything the flavor is built from: build/cdktn/.source-hash records it (test/flavor rebuilds when stale). */
function sourceHash() {
  const hash = crypto.createHash('sha256');
  for (const rel of [...INPUTS.flatMap(files), 'package.json', path.relative(ROOT, __filename)]) {
    hash.update(`${rel}\0`).update(fs.readFileSync(path.join(ROOT, rel))).update('\0');
  }
  return hash.digest('hex');
}

/** The rewritten text of one source file (exported for the tests). */
function rewrite(rel, text) {
  let out = text;
  for (const [pattern, replacement] of REWRITES) out = out.replace(pattern, replacement);
  if (rel === FLAVOR_FILE) {
    if (!FLAVOR_LINE.test(out)) throw new Error(`${rel}: no ACTIVE_FLAVOR line to rewrite`);
    out = out.replace(FLAVOR_LINE, "const ACTIVE_FLAVOR: ProviderFlavor['cdk'] = 'cdktn';");
  }
  const left = /\.(ts|js)$/.test(rel) && out.match(LEFTOVER);
  if (left) throw new Error(`${rel}: "${left[0]}" is left after the cdktn rewrite`);
  return out;
}

function copyRewritten() {
  fs.rmSync(BUILD, { recursive: true, force: true });
  const counts = REWRITES.map(() => 0);
  for (const rel of INPUTS.flatMap(files)) {
    const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    REWRITES.forEach(([pattern], i) => (counts[i] += (text.match(pattern) ?? []).length));
    const target = path.join(BUILD, rel.replace(/^bin\/cdktf-isolated-aks\.js$/, `bin/${NAME}.js`));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, /\.(ts|js)$/.test(rel) ? rewrite(rel, text) : text);
  }
  REWRITES.forEach(([pattern], i) => {
    if (counts[i] === 0) throw new Error(`the cdktn rewrite ${pattern} matched nothing: update scripts/flavor/build-cdktn.js`);
  });
}

/** package.json of the cdktn flavor, derived from the root one. */
function manifest() {
  const root = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const dev = root.devDependencies;
  const peerDependencies = {
    '@cdktn/provider-azurerm': '^16.1.0',
    cdktn: '~0.24.0',
    constructs: '>=10.6.0 <10.8.0', // cdktn 0.24's own peer range
  };
  return {
    name: NAME,
    version: root.version,
    description: root.description.replace('CDK for Terraform', 'CDK Terrain (cdktn)'),
    license: root.license,
    author: root.author,
    repository: root.repository,
    keywords: ['cdktn', 'cdk-terrain', ...root.keywords.filter((k) => k !== 'cdktf')],
    main: root.main,
    types: root.types,
    bin: { [NAME]: `bin/${NAME}.js` },
    files: root.files,
    engines: { node: '>= 22.19.0' }, // cdktn-cli's minimum
    peerDependencies,
    dependencies: root.dependencies,
    bundledDependencies: root.bundledDependencies,
    // jsii wants the peers as devDependencies too; they resolve from the repository's node_modules.
    devDependencies: {
      '@cdktn/provider-azurerm': dev['@cdktn/provider-azurerm'],
      cdktn: dev.cdktn,
      constructs: dev.constructs,
    },
    stability: root.stability,
    jsii: {
      ...root.jsii,
      targets: {
        python: { distName: NAME, module: 'cdktn_isolated_aks' },
        java: {
          package: 'io.github.cdktnisolatedaks',
          maven: { groupId: 'io.github.cdktnisolatedaks', artifactId: NAME },
        },
        dotnet: { namespace: 'CdktnIsolatedAks', packageId: 'CdktnIsolatedAks' },
        go: { moduleName: 'github.com/cdktf-isolated-aks/cdktn-isolated-aks-go' },
      },
    },
  };
}

function run(label, command, args) {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'measure.js'), label, '--', command, ...args], {
    cwd: BUILD,
    stdio: 'inherit',
  });
}

/**
 * @cdktn/provider-azurerm 16.1's assembly declares `cdktn ^0.23.0`, but the registry has cdktn 0.24 only, and
 * jsii refuses to compile against it ("Declared dependency on version ^0.23.0 of cdktn, but version 0.24.0 was
 * found"). npm `overrides` fix the install, not the assembly: build/cdktn/node_modules gets a view of the
 * installed provider (symlinks) whose .jsii declares the cdktn that is installed. Nothing installed is modified.
 */
function providerView() {
  const real = fs.realpathSync(path.join(ROOT, 'node_modules', '@cdktn', 'provider-azurerm'));
  const view = path.join(BUILD, 'node_modules', '@cdktn', 'provider-azurerm');
  fs.mkdirSync(view, { recursive: true });
  for (const entry of fs.readdirSync(real)) {
    if (entry !== '.jsii' && entry !== 'package.json') fs.symlinkSync(path.join(real, entry), path.join(view, entry));
  }
  // jsii finds an assembly through require.resolve(name), which follows symlinks: the view's entry point is a real file.
  const pkg = JSON.parse(fs.readFileSync(path.join(real, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(view, 'view.js'), `module.exports = require(${JSON.stringify(path.join(real, pkg.main))});\n`);
  fs.writeFileSync(path.join(view, 'package.json'), `${JSON.stringify({ ...pkg, main: 'view.js', exports: undefined }, null, 2)}\n`);
  const cdktn = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'cdktn', 'package.json'), 'utf8')).version;
  const assembly = fs.readFileSync(path.join(real, '.jsii'), 'utf8');
  const declared = /^( {2}"dependencies": \{\n {4}"cdktn": )"\^0\.23\.0"/m;
  if (!declared.test(assembly)) throw new Error(`${real}/.jsii no longer declares cdktn ^0.23.0: drop providerView()`);
  fs.writeFileSync(path.join(view, '.jsii'), assembly.replace(declared, `$1"^0.23.0 || ~${cdktn}"`));
  // And the package itself by its npm name, as from a user's node_modules (test/flavor runs the README sample).
  fs.symlinkSync('..', path.join(BUILD, 'node_modules', NAME));
  // Bundled dependencies (the CLI's HCL parser) are copied, not linked: npm pack puts real files in the tarball.
  const root = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  for (const dep of root.bundledDependencies ?? []) {
    fs.cpSync(fs.realpathSync(path.join(ROOT, 'node_modules', dep)), path.join(BUILD, 'node_modules', dep), { recursive: true, dereference: true });
  }
}

/** Generates build/cdktn and builds it with jsii (no packaging). */
function buildCdktn() {
  const hash = sourceHash();
  copyRewritten();
  providerView();
  fs.writeFileSync(path.join(BUILD, 'package.json'), `${JSON.stringify(manifest(), null, 2)}\n`);
  run('cdktn jsii build', path.join(ROOT, 'node_modules', '.bin', 'jsii'), ['--fail-on-warnings']);
  run('cdktn checks bundle', process.execPath, ['scripts/bundle-checks.js']);
  fs.writeFileSync(path.join(BUILD, '.source-hash'), hash);
}

/** jsii-pacmak of the built flavor into dist/cdktn, with the npm tarball moved to dist/js. */
function packageCdktn() {
  const out = path.join(DIST, 'cdktn');
  fs.rmSync(out, { recursive: true, force: true });
  run('cdktn jsii-pacmak', path.join(ROOT, 'node_modules', '.bin', 'jsii-pacmak'), [
    '--code-only', '--no-npmignore', '--targets', 'js', 'python', 'java', 'dotnet', 'go', '--outdir', out,
  ]);
  const { version } = JSON.parse(fs.readFileSync(path.join(BUILD, 'package.json'), 'utf8'));
  const tarball = `${NAME}@${version}.jsii.tgz`;
  fs.mkdirSync(path.join(DIST, 'js'), { recursive: true });
  fs.renameSync(path.join(out, 'js', tarball), path.join(DIST, 'js', tarball));
  fs.rmSync(path.join(out, 'js'), { recursive: true, force: true });
  fs.copyFileSync(path.join(BUILD, '.source-hash'), path.join(out, '.source-hash'));
}

/** True when dist/cdktn was packaged from the current build/cdktn. */
function isPackaged() {
  const marker = path.join(DIST, 'cdktn', '.source-hash');
  return isFresh() && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === sourceHash();
}

/** True when build/cdktn was built from the current sources. */
function isFresh() {
  const marker = path.join(BUILD, '.source-hash');
  return fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === sourceHash();
}

module.exports = { BUILD, DIST, NAME, buildCdktn, packageCdktn, isFresh, isPackaged, rewrite, sourceHash };

if (require.main === module) {
  buildCdktn();
  if (!process.argv.includes('--no-package')) packageCdktn();
}
