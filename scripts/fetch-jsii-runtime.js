#!/usr/bin/env node
// Prepares what the jsii kernel smoke test (test/jsii/kernel-smoke.test.ts) needs, under .cache/jsii-kernel/:
// - the @jsii/runtime kernel process that Python, Java, C# and Go programs talk to. It cannot be npm-installed
//   here (its @jsii/kernel dependency has no matching version on the registry), but its tarball ships a
//   self-contained webpack bundle (package/webpack/bin/jsii-runtime.js), so we `npm pack` and `tar -x` it;
// - npm tarballs of the jsii dependencies of this package (peerDependencies that carry a jsii assembly, and
//   theirs), packed from node_modules, in load order.
// Idempotent and cached by version: a second run does no work. Only the runtime download needs the npm
// registry (or the npm cache); packing from node_modules is offline.
// Usage: `node scripts/fetch-jsii-runtime.js`, or `require(...).prepareKernelFixtures()`.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, '.cache', 'jsii-kernel');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The runtime matches the jsii-pacmak that generated the bindings: they require jsii runtime >= that version. */
function runtimeVersion() {
  return readJson(path.join(ROOT, 'node_modules', 'jsii-pacmak', 'package.json')).version;
}

/** Creates `target` through `build(tmp)` at a temporary sibling path, then renames it into place. */
function atomically(target, build) {
  if (fs.existsSync(target)) return target;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}`;
  try {
    build(tmp);
    try {
      fs.renameSync(tmp, target);
    } catch (e) {
      if (!fs.existsSync(target)) throw e; // a concurrent run finished first: its copy is as good as ours
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return target;
}

/** Runs `npm pack <spec>` (no lifecycle scripts) and moves the tarball to `dest`. */
function npmPack(spec, dest) {
  const packDir = `${dest}-pack`;
  fs.mkdirSync(packDir, { recursive: true });
  try {
    const out = execFileSync(
      NPM,
      ['pack', spec, '--pack-destination', packDir, '--ignore-scripts', '--json', '--prefer-offline'],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 },
    );
    fs.renameSync(path.join(packDir, JSON.parse(out)[0].filename), dest);
  } finally {
    fs.rmSync(packDir, { recursive: true, force: true });
  }
}

/** Downloads and unpacks @jsii/runtime; returns the path of its self-contained kernel entry point. */
function fetchRuntime() {
  const version = runtimeVersion();
  const dir = atomically(path.join(CACHE, `runtime-${version}`), (tmp) => {
    const tarball = `${tmp}.tgz`;
    try {
      npmPack(`@jsii/runtime@${version}`, tarball);
      fs.mkdirSync(tmp);
      execFileSync('tar', ['-xzf', tarball, '-C', tmp], { stdio: 'inherit' });
    } finally {
      fs.rmSync(tarball, { force: true });
    }
  });
  const entry = path.join(dir, 'package', 'webpack', 'bin', 'jsii-runtime.js');
  if (!fs.existsSync(entry)) throw new Error(`@jsii/runtime@${version} has no ${path.relative(dir, entry)}`);
  return { version, entry };
}

/** The jsii packages this package depends on, transitively, dependencies first. */
function jsiiDependencies() {
  const ordered = [];
  const seen = new Set();
  const visit = (name) => {
    const dir = path.join(ROOT, 'node_modules', name);
    if (seen.has(name) || !fs.existsSync(path.join(dir, 'package.json'))) return;
    seen.add(name);
    const manifest = readJson(path.join(dir, 'package.json'));
    if (!manifest.jsii) return; // not a jsii assembly: the kernel does not load it
    Object.keys({ ...manifest.peerDependencies, ...manifest.dependencies }).forEach(visit);
    // Pack the real directory: through a symlinked node_modules, npm pack leaves out bundled dependencies.
    ordered.push({ name, version: manifest.version, dir: fs.realpathSync(dir) });
  };
  const own = readJson(path.join(ROOT, 'package.json'));
  Object.keys({ ...own.peerDependencies, ...own.dependencies }).forEach(visit);
  return ordered;
}

/** Packs each jsii dependency from node_modules, once per version. */
function packDependencies() {
  return jsiiDependencies().map(({ name, version, dir }) => {
    const tarball = path.join(CACHE, 'tarballs', `${name.replace('@', '').replace('/', '-')}-${version}.tgz`);
    atomically(tarball, (tmp) => npmPack(dir, tmp));
    return { name, version, tarball };
  });
}

/** Everything the kernel smoke test loads: the runtime entry point and the dependency tarballs in load order. */
function prepareKernelFixtures() {
  return {
    runtime: fetchRuntime(),
    dependencies: packDependencies(),
    packageCacheRoot: path.join(CACHE, 'package-cache'),
  };
}

module.exports = { prepareKernelFixtures, atomically, npmPack };

if (require.main === module) {
  const started = Date.now();
  const { runtime, dependencies } = prepareKernelFixtures();
  const names = dependencies.map((d) => `${d.name}@${d.version}`).join(', ');
  console.log(`jsii kernel fixtures ready in ${Date.now() - started} ms: @jsii/runtime@${runtime.version}, ${names}`);
}
