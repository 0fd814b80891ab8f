#!/usr/bin/env node
// `npm run bench`: synth speed, memory and scaling of cdktf-isolated-aks against a hand-written baseline
// (issue 6; targets in design.md "Performance targets"). Whole processes of compiled JS are timed (no ts-node
// or swc in the timed path), interleaved round-robin so machine noise hits every variant alike, the first
// round discarded as warm-up. Results: stdout, bench/results/latest.md and latest.json, and with
// --update-readme the README section between <!-- bench:start --> and <!-- bench:end --> (only if both exist).
//
// Options:
//   --runs N          timed rounds per process, the first discarded (default 7)
//   --with-tests      also time `npm test` (slow)
//   --update-readme   replace the README table between the bench markers
//   --skip-jsii       do not time a cold jsii build (lib/ is still rebuilt when stale)
//   --jsii-runs N     cold jsii builds to time (default 1)
//   --profile         write .cpuprofile files of the synth variants to bench/results/profiles/ and summarize
//                     them (done automatically when a synth target is missed)
// Tests never assert wall-clock time; this script is not part of `npm test`.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const BENCH = __dirname;
const BUILD = path.join(BENCH, 'build');
const SNAPSHOT = path.join(BUILD, 'lib');
const RESULTS = path.join(BENCH, 'results');
const README = process.env.BENCH_README ?? path.join(ROOT, 'README.md'); // override: testing the README update on a copy
const MARK_START = '<!-- bench:start -->';
const MARK_END = '<!-- bench:end -->';
const TIME_BIN = '/usr/bin/time';
const HAS_TIME = fs.existsSync(TIME_BIN);
const RSS_PRELOAD = path.join(BENCH, 'rss-preload.js');
const QUIET_ENV = {
  ...process.env,
  JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1',
  JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION: '1',
  JSII_SILENCE_WARNING_KNOWN_BROKEN_NODE_VERSION: '1',
  FORCE_COLOR: '0',
};

// ---------------------------------------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a positive integer, got ${argv[i + 1]}`);
  return n;
};
const RUNS = Math.max(2, option('runs', 7));
const JSII_RUNS = option('jsii-runs', 1);
const WITH_TESTS = flag('with-tests');
const UPDATE_README = flag('update-readme');
const SKIP_JSII = flag('skip-jsii');
const PROFILE = flag('profile');

// ---------------------------------------------------------------------------------------------- helpers
const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const median = (xs) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const min = (xs) => (xs.length ? Math.min(...xs) : NaN);
const max = (xs) => (xs.length ? Math.max(...xs) : NaN);
const ms = (x) => (Number.isFinite(x) ? `${Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1)} ms` : 'n/a');
const mb = (kb) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : 'n/a');
const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : 'n/a');
const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a');
const tail = (text, lines = 15) => String(text ?? '').trim().split('\n').slice(-lines).join('\n');
/** The error lines of a crashed node process (its message, without the stack frames). */
const errorText = (text, lines = 6) =>
  String(text ?? '')
    .split('\n')
    .filter((l) => l.trim() && !/^\s+at /.test(l) && !/^Node\.js v/.test(l))
    .slice(0, lines)
    .join('\n');
const tmpdir = (prefix) => fs.mkdtempSync(path.join(os.tmpdir(), `cdktf-isolated-aks-${prefix}-`));
const rm = (dir) => fs.rmSync(dir, { recursive: true, force: true });
const resolveBin = (pkg, bin) => require.resolve(`${pkg}/${bin}`, { paths: [ROOT] });
const oneLine = (text, n = 160) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim().slice(0, n);

/**
 * Runs `node <args>` as one process: wall time (ms), peak RSS (KB) and CPU time (user + system, ms) from
 * /usr/bin/time or the preload fallback, exit status and output.
 */
function runNode(args, { cwd = ROOT, env = QUIET_ENV } = {}) {
  const probeFile = path.join(tmpdir('rss'), 'rss');
  fs.writeFileSync(probeFile, '');
  const [cmd, cmdArgs] = HAS_TIME
    ? [TIME_BIN, ['-f', '%M %U %S', '-o', probeFile, process.execPath, ...args]]
    : [process.execPath, ['-r', RSS_PRELOAD, ...args]];
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, cmdArgs, { cwd, env: { ...env, BENCH_RSS_FILE: probeFile }, encoding: 'utf8', maxBuffer: 256 << 20 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  // One "KB user system" line per process (several with the preload fallback in a process tree).
  const probes = fs
    .readFileSync(probeFile, 'utf8')
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number))
    .filter((f) => f.length === 3 && f.every(Number.isFinite));
  rm(path.dirname(probeFile));
  const rssKb = max(probes.map((f) => f[0]));
  const cpuMs = probes.length ? probes.reduce((sum, f) => sum + (f[1] + f[2]) * 1000, 0) : NaN;
  return { wallMs, rssKb, cpuMs, status: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
}

function newestMtime(dir, filter) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p, filter));
    else if (filter(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function git(args) {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

// ---------------------------------------------------------------------------------------------- machine
function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  const meminfo = fs.existsSync('/proc/meminfo') ? fs.readFileSync('/proc/meminfo', 'utf8') : '';
  const memKb = Number(/^MemTotal:\s+(\d+)/m.exec(meminfo)?.[1] ?? os.totalmem() / 1024);
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = git(['status', '--porcelain']);
  return {
    node: process.version,
    cpu: model,
    cores: os.cpus().length,
    memoryGb: memKb / 1024 / 1024,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAvg: os.loadavg(),
    commit: commit ? `${commit}${dirty ? ' + uncommitted changes' : ''}` : 'unknown',
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    probe: HAS_TIME ? '/usr/bin/time (%M, %U + %S)' : 'process.resourceUsage() at exit',
  };
}

// ---------------------------------------------------------------------------------------------- builds
/** The jsii arguments of the package's `build` script (`jsii ...`), else the defaults. */
function jsiiArgs() {
  const build = require(path.join(ROOT, 'package.json')).scripts?.build ?? '';
  const m = /^\s*(?:npx\s+)?jsii(\s[^&|;]*)?(?:&&.*)?$/.exec(build);
  return m ? (m[1] ?? '').trim().split(/\s+/).filter(Boolean) : ['--silence-warnings=reserved-word'];
}

/** Rebuilds lib/ with jsii when src/ (or package.json) is newer than the last build. */
function ensureLibrary() {
  const stamp = (f) => (fs.existsSync(path.join(ROOT, f)) ? fs.statSync(path.join(ROOT, f)).mtimeMs : 0);
  const built = Math.min(stamp('.jsii'), stamp('lib/index.js'));
  const sources = Math.max(newestMtime(path.join(ROOT, 'src'), (n) => n.endsWith('.ts')), stamp('package.json'));
  if (built >= sources) {
    log('lib/ is up to date with src/');
    return { rebuilt: false, stale: false };
  }
  log(`lib/ is stale: jsii ${jsiiArgs().join(' ')} ...`);
  const r = runNode([resolveBin('jsii', 'bin/jsii'), ...jsiiArgs()]);
  if (r.status === 0) {
    log(`jsii build done in ${ms(r.wallMs)}`);
    return { rebuilt: true, stale: false };
  }
  log(`jsii build FAILED (exit ${r.status}):\n${tail(r.stdout + r.stderr, 30)}`);
  if (!fs.existsSync(path.join(ROOT, 'lib', 'index.js'))) throw new Error('no lib/ to benchmark: fix the jsii build first');
  log('continuing with the existing (stale) lib/');
  return { rebuilt: false, stale: true, error: oneLine(errorText(r.stdout + r.stderr, 3)) };
}

/**
 * Copies lib/ to bench/build/lib (the library under test: a rebuild of lib/ by someone else during the runs
 * cannot change it), compiles bench/**.ts into bench/build, and writes the package stub that maps
 * 'cdktf-isolated-aks' to the snapshot, so the bench imports the package as users do.
 */
function buildBench() {
  rm(SNAPSHOT);
  fs.cpSync(path.join(ROOT, 'lib'), SNAPSHOT, { recursive: true, filter: (src) => !src.endsWith('.tsbuildinfo') });
  const stub = path.join(BUILD, 'node_modules', 'cdktf-isolated-aks');
  fs.mkdirSync(stub, { recursive: true });
  fs.writeFileSync(path.join(stub, 'package.json'), `${JSON.stringify({ name: 'cdktf-isolated-aks', private: true, main: 'index.js' }, null, 2)}\n`);
  fs.writeFileSync(path.join(stub, 'index.js'), "// Written by bench/run.js: the package is the snapshot of lib/ in bench/build/lib.\nmodule.exports = require('../../lib');\n");
  log('tsc -p bench/tsconfig.json ...');
  const r = runNode([resolveBin('typescript', 'bin/tsc'), '-p', path.join(BENCH, 'tsconfig.json')]);
  if (r.status !== 0) throw new Error(`tsc of bench/ failed:\n${tail(r.stdout + r.stderr, 30)}`);
}

/** Whether importing the library loads the rule pack (lib/index.js exporting the checks eagerly). */
function indexLoadsRulePack() {
  const script = `require(${JSON.stringify(SNAPSHOT)}); console.log(Object.keys(require.cache).some((f) => f.includes('/checks/rules/')))`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: QUIET_ENV });
  return r.stdout.trim() === 'true';
}

// ---------------------------------------------------------------------------------------------- variants
const script = (rel) => path.join(BUILD, rel);
const VARIANTS = {
  ours: { key: 'ours', label: 'ours: reference example, checks on (compiled lib/)', script: script('ours/reference.js'), args: [] },
  nochecks: { key: 'nochecks', label: 'ours: reference example without NetworkIsolationChecks', script: script('ours/reference-nochecks.js'), args: [] },
  deep: { key: 'deep', label: 'baseline: hand-written, deep imports', script: script('baseline/deep-imports.js'), args: [] },
  barrel: { key: 'barrel', label: 'baseline: hand-written, barrel import', script: script('baseline/barrel-import.js'), args: [] },
  scale1: { key: 'scale1', label: 'ours: 1 cluster in one stack (checks on)', script: script('ours/scale.js'), args: ['1'], clusters: 1 },
  scale10: { key: 'scale10', label: 'ours: 10 clusters in one stack (checks on)', script: script('ours/scale.js'), args: ['10'], clusters: 10 },
  scale50: { key: 'scale50', label: 'ours: 50 clusters in one stack (checks on)', script: script('ours/scale.js'), args: ['50'], clusters: 50 },
};

// ---------------------------------------------------------------------------------------------- equivalence
/** Synth output without cdktf metadata, depends_on entries as bare addresses. */
function normalize(value, key) {
  if (Array.isArray(value)) {
    const items = value.map((v) => normalize(v));
    return key === 'depends_on' ? items.map((d) => (typeof d === 'string' ? d.replace(/^\$\{(.*)\}$/, '$1') : d)) : items;
  }
  if (value && typeof value === 'object') {
    const out = {};
    for (const k of Object.keys(value).sort()) if (k !== '//') out[k] = normalize(value[k], k);
    return out;
  }
  return value;
}

function differences(a, b, at = '', out = []) {
  if (out.length >= 8) return out;
  if (JSON.stringify(a) === JSON.stringify(b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) differences(a[k], b[k], `${at}.${k}`, out);
  } else {
    out.push(`${at || '.'}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`);
  }
  return out;
}

const stackFile = (outdir) => path.join(outdir, 'stacks', 'ref', 'cdk.tf.json');

/** Synthesizes the example (src/ through swc, untimed) and checks that ours and both baselines emit the same. */
function checkEquivalence() {
  const exampleOut = tmpdir('example');
  const code =
    "require('./scripts/register-ts'); const {App}=require('cdktf');" +
    "const {ByoAcrPrivateLinkStack}=require('./examples/byo-acr-private-link/main');" +
    `const app=new App({outdir:${JSON.stringify(exampleOut)}}); new ByoAcrPrivateLinkStack(app,'ref'); app.synth();`;
  const ex = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, encoding: 'utf8', env: QUIET_ENV });
  if (ex.status !== 0) {
    rm(exampleOut);
    return { error: `example synth failed: ${oneLine(errorText(ex.stderr, 3))}` };
  }
  const expected = normalize(JSON.parse(fs.readFileSync(stackFile(exampleOut), 'utf8')));
  rm(exampleOut);
  const result = { resources: Object.values(expected.resource ?? {}).reduce((n, r) => n + Object.keys(r).length, 0) };
  for (const v of [VARIANTS.ours, VARIANTS.nochecks, VARIANTS.deep, VARIANTS.barrel]) {
    const out = tmpdir('equiv');
    const r = runNode([v.script, ...v.args], { env: { ...QUIET_ENV, BENCH_OUTDIR: out } });
    result[v.key] = r.status !== 0 ? [`synth failed: ${oneLine(errorText(r.stderr, 3))}`] : differences(expected, normalize(JSON.parse(fs.readFileSync(stackFile(out), 'utf8'))));
    rm(out);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------- synth timing
/** Times every variant over RUNS interleaved rounds; keeps the last synth output of each for the checks. */
function timeSynths() {
  const results = {};
  const loads = [];
  for (const v of Object.values(VARIANTS)) {
    results[v.key] = { ...v, times: [], cpu: [], rss: [], byRound: {}, cpuByRound: {}, error: undefined, outdir: undefined };
  }
  for (let round = 0; round < RUNS; round++) {
    log(`synth round ${round + 1}/${RUNS}${round === 0 ? ' (warm-up, discarded)' : ''}`);
    for (const res of Object.values(results)) {
      if (res.error) continue;
      const out = tmpdir(res.key);
      const r = runNode([res.script, ...res.args], { env: { ...QUIET_ENV, BENCH_OUTDIR: out } });
      if (r.status !== 0) {
        res.error = errorText(r.stderr || r.error?.message);
        log(`${res.key} FAILED:\n${res.error}`);
        rm(out);
        continue;
      }
      if (round > 0) {
        res.times.push(r.wallMs);
        res.cpu.push(r.cpuMs);
        res.rss.push(r.rssKb);
        res.byRound[round] = r.wallMs;
        res.cpuByRound[round] = r.cpuMs;
      }
      if (res.outdir) rm(res.outdir);
      res.outdir = out;
    }
    if (round > 0) loads.push(os.loadavg()[0]);
  }
  return { results, loads };
}

// ---------------------------------------------------------------------------------------------- checks
function checkBench(args) {
  const r = runNode([script('checks/check-bench.js'), ...args]);
  if (r.status !== 0) return { error: oneLine(errorText(r.stderr)) };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function timeChecks(synths) {
  const refDoc = synths.ours.outdir && stackFile(synths.ours.outdir);
  if (!refDoc) return { error: 'no reference synth output' };
  log('rule pack over the reference document (5 processes) ...');
  const refRuns = [];
  for (let i = 0; i < 5; i++) {
    const r = checkBench(['--doc', refDoc, '--runs', '21']);
    if (r.error) return { error: r.error };
    refRuns.push(r);
  }
  const reference = { ...refRuns[0] };
  for (const k of ['coldMs', 'loadMs', 'firstMs', 'medianMs']) reference[k] = median(refRuns.map((r) => r[k]));
  const scale = {};
  for (const key of ['scale1', 'scale10', 'scale50']) {
    log(`rule pack over the ${VARIANTS[key].clusters}-cluster document ...`);
    const out = synths[key].outdir;
    scale[key] = out ? checkBench(['--doc', stackFile(out), '--runs', '11']) : { error: 'no synth output' };
  }
  log('rule pack over a generated 10,000-resource document ...');
  const big = checkBench(['--template', refDoc, '--generate', '10000', '--runs', '7', '--warmup', '1']);
  return { reference, scale, big };
}

// ---------------------------------------------------------------------------------------------- jsii, tests
/** Cold jsii build of a copy of the package (fresh-clone conditions; the working tree's lib/ is left alone). */
function timeJsii() {
  const runs = [];
  for (let i = 0; i < JSII_RUNS; i++) {
    const dir = tmpdir('jsii');
    for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      if (fs.existsSync(path.join(ROOT, f))) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
    }
    fs.cpSync(path.join(ROOT, 'src'), path.join(dir, 'src'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    log(`cold jsii build ${i + 1}/${JSII_RUNS} (jsii ${jsiiArgs().join(' ')}) ...`);
    const r = runNode([resolveBin('jsii', 'bin/jsii'), ...jsiiArgs()], { cwd: dir });
    rm(dir);
    if (r.status !== 0) return { error: oneLine(errorText(r.stdout + r.stderr, 4)), args: jsiiArgs().join(' ') };
    runs.push(r);
  }
  return { wallMs: median(runs.map((r) => r.wallMs)), rssKb: max(runs.map((r) => r.rssKb)), runs: runs.length, args: jsiiArgs().join(' ') };
}

function timeTests() {
  log('npm test ...');
  const started = process.hrtime.bigint();
  const r = spawnSync('npm', ['test', '--silent'], { cwd: ROOT, env: QUIET_ENV, encoding: 'utf8', maxBuffer: 256 << 20 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const output = `${r.stdout}\n${r.stderr}`;
  const jest = /^Tests:.*$/m.exec(output)?.[0];
  const firstError = output.split('\n').find((l) => /error TS\d+|\[ERROR\]|npm ERR!|^Error:|^FAIL /.test(l)) ?? tail(output, 1);
  // Phases timed by scripts/measure.js (`<label>: N s wall, peak RSS ...`), and jest's suite line.
  const phases = output.split('\n').filter((l) => /^[\w -]+: [\d.]+ s wall/.test(l)).map((l) => l.replace(/ \(.*$/, ''));
  const suites = /^Test Suites:.*$/m.exec(output)?.[0];
  const summary = jest ? [suites, jest, ...phases].filter(Boolean).join('; ') : `failed before jest: ${firstError ?? `exit ${r.status}`}`;
  return { wallMs, status: r.status, jestRan: jest !== undefined, summary: oneLine(summary, 300) };
}

// ---------------------------------------------------------------------------------------------- profiles
function profile(keys) {
  const { summarize, format } = require('./profile-summary');
  const out = {};
  for (const key of keys) {
    const v = VARIANTS[key];
    const dir = path.join(RESULTS, 'profiles', key);
    rm(dir);
    fs.mkdirSync(dir, { recursive: true });
    const synthOut = tmpdir('prof');
    const r = runNode(['--cpu-prof', `--cpu-prof-dir=${dir}`, v.script, ...v.args], { env: { ...QUIET_ENV, BENCH_OUTDIR: synthOut } });
    rm(synthOut);
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    out[key] = r.status !== 0 || !file ? `profile failed: ${oneLine(errorText(r.stderr, 3))}` : `${path.relative(ROOT, path.join(dir, file))}\n${format(summarize(path.join(dir, file), 10))}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- targets
/** Median over rounds of f(a_i, b_i): paired, so load that changes between rounds cancels out. */
function paired(synths, a, b, f, field) {
  const out = [];
  for (const [round, x] of Object.entries(synths[a][field])) {
    const y = synths[b][field][round];
    if (y !== undefined) out.push(f(x, y));
  }
  return median(out);
}

/**
 * The targets. Synth figures are medians of per-round (paired) comparisons, in wall time and CPU time
 * (user + system). They are judged on wall time, or on CPU time when other work kept the machine busy
 * during the runs (wall time then measures the scheduler more than the code).
 */
function evaluate(synths, checks, jsii, tests, context) {
  const { busy, packInIndex } = context;
  const basis = busy ? 'CPU' : 'wall';
  const field = busy ? 'cpuByRound' : 'byRound';
  const med = (k, f = field) => median(Object.values(synths[k][f]));
  const rows = [];
  const row = (r) => rows.push({ note: '', synth: false, ...r });
  const both = (f, fmt) => {
    const wall = f('byRound');
    const cpu = f('cpuByRound');
    return { value: busy ? cpu : wall, text: `${fmt(busy ? cpu : wall)} ${basis} (${busy ? 'wall' : 'CPU'} ${fmt(busy ? wall : cpu)})` };
  };
  const failed = (...keys) => keys.find((k) => synths[k].error);
  const judged = `median of per-round ratios, judged on ${basis} time`;

  if (failed('ours', 'deep')) {
    row({ metric: 'Synth: ours / deep-import baseline', measured: `${failed('ours', 'deep')} synth failed (see details)`, target: '<= 1.2x', ok: false, synth: true });
  } else {
    const r = both((f) => paired(synths, 'ours', 'deep', (x, y) => x / y, f), ratio);
    row({ metric: 'Synth: ours / deep-import baseline', measured: r.text, target: '<= 1.2x', ok: r.value <= 1.2, note: `${judged}; ours runs the checks, as the example does`, synth: true });
  }
  if (failed('ours', 'barrel')) {
    row({ metric: 'Synth: barrel baseline / ours', measured: `${failed('ours', 'barrel')} synth failed (see details)`, target: '>= 4x', ok: false, synth: true });
  } else {
    const r = both((f) => paired(synths, 'barrel', 'ours', (x, y) => x / y, f), ratio);
    row({ metric: 'Synth: barrel baseline / ours', measured: r.text, target: '>= 4x', ok: r.value >= 4, note: judged, synth: true });
  }

  // What the checks add: running them (ours vs ours without checks, whole process) plus loading the rule
  // pack, which the no-checks variant pays as well when lib/index.js loads the pack eagerly.
  const ref = checks.reference && !checks.reference.error ? checks.reference : undefined;
  if (failed('ours', 'nochecks') || !ref) {
    row({ metric: 'Checks: added to the reference synth', measured: `failed: ${failed('ours', 'nochecks') ?? checks.error ?? checks.reference?.error}`, target: '< 10%', ok: false, synth: true });
  } else {
    const runMs = paired(synths, 'ours', 'nochecks', (x, y) => x - y, field);
    const loadMs = packInIndex ? ref.loadMs : 0;
    const without = med('nochecks') - loadMs;
    const share = (runMs + loadMs) / without;
    row({
      metric: 'Checks: added to the reference synth',
      measured: `${pct(share)} (${ms(runMs + loadMs)} of ${ms(without)} ${basis})`,
      target: '< 10%',
      ok: share < 0.1,
      note: packInIndex
        ? `running them at synth ${ms(runMs)} (paired, whole process) + loading the pack ${ms(loadMs)} (in-process; lib/index.js loads it even without checks)`
        : `running them at synth, pack load included (paired, whole process)`,
      synth: true,
    });
  }
  if (checks.big && !checks.big.error) {
    row({ metric: 'Checks over 10,000 resources (median)', measured: `${ms(checks.big.medianMs)} (first run ${ms(checks.big.firstMs)})`, target: '< 1 s', ok: checks.big.medianMs < 1000,
      note: `in-process, ${checks.big.resources} resources, ${checks.big.findings} finding(s)` });
  } else {
    row({ metric: 'Checks over 10,000 resources', measured: `failed: ${checks.big?.error ?? checks.error}`, target: '< 1 s', ok: false });
  }

  if (failed('scale1', 'scale10', 'scale50')) {
    row({ metric: 'Synth growth: per added cluster at 50 / at 10', measured: `${failed('scale1', 'scale10', 'scale50')} synth failed (see details)`, target: '<= 1.5x', ok: false });
  } else {
    const marginal = (k) => (med(k) - med('scale1')) / (VARIANTS[k].clusters - 1);
    const linearity = marginal('scale50') / marginal('scale10');
    row({ metric: 'Synth growth: per added cluster at 50 / at 10', measured: `${ratio(linearity)} (${ms(marginal('scale10'))} vs ${ms(marginal('scale50'))} ${basis} per cluster)`, target: '<= 1.5x',
      ok: linearity <= 1.5, note: `(T(n) - T(1)) / (n - 1), medians of ${basis} time, checks on` });
  }
  const s = checks.scale ?? {};
  if (s.scale10 && !s.scale10.error && s.scale50 && !s.scale50.error) {
    const per10 = s.scale10.medianMs / 10;
    const per50 = s.scale50.medianMs / 50;
    row({ metric: 'Checks growth: per cluster at 50 / at 10', measured: `${ratio(per50 / per10)} (${ms(per10)} vs ${ms(per50)} per cluster)`, target: '<= 1.5x', ok: per50 / per10 <= 1.5, note: 'in-process, warm medians' });
  }
  if (jsii) {
    if (jsii.error) row({ metric: 'jsii build (cold)', measured: `failed: ${jsii.error}`, target: '< 60 s, < 1.5 GB', ok: false, note: `jsii ${jsii.args}` });
    else {
      row({ metric: 'jsii build (cold): time, peak RSS', measured: `${(jsii.wallMs / 1000).toFixed(1)} s, ${mb(jsii.rssKb)}`, target: '< 60 s, < 1.5 GB', ok: jsii.wallMs < 60000 && jsii.rssKb < 1.5 * 1024 * 1024,
        note: `jsii ${jsii.args} on a copy of package.json + src/ (fresh clone)` });
    }
  }
  if (tests) {
    const bad = tests.status !== 0;
    const status = !bad ? undefined : !tests.jestRan ? 'n/a: did not reach jest' : tests.wallMs < 60000 ? 'met (time); tests fail' : undefined;
    row({ metric: '`npm test` total', measured: `${(tests.wallMs / 1000).toFixed(1)} s (${bad ? `exit ${tests.status}` : 'passed'})`, target: '< 60 s', ok: !bad && tests.wallMs < 60000, note: tests.summary, status });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------- report
function markdown(m, rows, synths, checks, equivalence, context) {
  const status = (ok) => (ok ? 'met' : '**missed**');
  const lines = [];
  lines.push(
    `Measured ${m.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGb.toFixed(1)} GB RAM, ${m.os}, Node ${m.node}; commit ${m.commit}. ` +
      `Whole processes of compiled JS, ${RUNS - 1} timed runs each after a warm-up run, interleaved; peak RSS and CPU time by ${m.probe}. ` +
      (m.busy
        ? `Other work kept the machine busy (load ${m.otherLoad.toFixed(1)} besides the bench), so synth targets are judged on CPU time.`
        : `Machine otherwise idle (load ${m.otherLoad.toFixed(1)} besides the bench); synth targets judged on wall time.`),
  );
  lines.push('');
  lines.push('| Target | Measured | Goal | Status |');
  lines.push('| --- | --- | --- | --- |');
  for (const r of rows) lines.push(`| ${r.metric} | ${r.measured}${r.note ? ` <br><sub>${r.note}</sub>` : ''} | ${r.target} | ${r.status ?? status(r.ok)} |`);
  lines.push('');
  lines.push('| Process (synth) | wall min | wall median | CPU median | peak RSS (median) |');
  lines.push('| --- | --- | --- | --- | --- |');
  for (const s of Object.values(synths)) {
    lines.push(s.error ? `| ${s.label} | failed | | | |` : `| ${s.label} | ${ms(min(s.times))} | ${ms(median(s.times))} | ${ms(median(s.cpu))} | ${mb(median(s.rss))} |`);
  }
  const summary = lines.join('\n');

  const details = ['## Details', ''];
  details.push(`- Rule pack entry point: ${checks.reference?.entry ?? checks.big?.entry ?? 'not found'}. Importing the library ${context.packInIndex ? 'loads the rule pack (lib/index.js exports the checks eagerly)' : 'does not load the rule pack'}.`);
  const ref = checks.reference;
  if (ref && !ref.error) {
    details.push(`- Reference document (${ref.resources} resources), in-process: loading the pack ${ms(ref.loadMs)}, first run ${ms(ref.firstMs)}, warm run ${ms(ref.medianMs)}; ${ref.findings} finding(s).`);
  }
  for (const key of ['scale1', 'scale10', 'scale50']) {
    const c = checks.scale?.[key];
    if (c) details.push(`- ${VARIANTS[key].clusters}-cluster document: ${c.error ? `failed: ${c.error}` : `${c.resources} resources; checks ${ms(c.medianMs)} warm, ${ms(c.firstMs)} first run; ${c.findings} finding(s)`}.`);
  }
  if (checks.big && !checks.big.error) {
    const b = checks.big;
    details.push(`- 10,000-resource document (copies of the reference, every 10th made non-compliant; ${(b.bytes / 1024 / 1024).toFixed(1)} MB of JSON, JSON.parse ${ms(b.parseMs)} not included): first run ${ms(b.firstMs)}, min ${ms(b.minMs)}, median ${ms(b.medianMs)} of ${b.runs}.`);
  }
  if (equivalence.error) details.push(`- Equivalence: ${equivalence.error}`);
  else {
    for (const key of ['ours', 'nochecks', 'deep', 'barrel']) {
      const d = equivalence[key];
      details.push(`- Same resources and attributes as examples/byo-acr-private-link (${equivalence.resources} resources, metadata ignored), ${VARIANTS[key].label}: ${d.length === 0 ? 'equal' : `**differs**: ${d.join('; ')}`}`);
    }
  }
  if (!synths.nochecks.error && !synths.deep.error) {
    const f = context.busy ? 'cpuByRound' : 'byRound';
    details.push(`- Without the checks, ours / deep-import baseline: ${ratio(paired(synths, 'nochecks', 'deep', (x, y) => x / y, f))} (${context.busy ? 'CPU' : 'wall'}, paired).`);
  }
  if (context.libState.stale) details.push(`- **lib/ is stale**: the jsii build failed (${context.libState.error}); the library was measured as last built.`);
  for (const s of Object.values(synths)) if (s.error) details.push(`- ${s.label} failed:\n\n\`\`\`\n${s.error}\n\`\`\``);
  if (context.profiles) {
    details.push('', '## CPU profiles (self time)', '');
    for (const [key, text] of Object.entries(context.profiles)) details.push(`### ${VARIANTS[key].label}`, '', '```', text, '```', '');
  }
  return { summary, full: `# Benchmark results\n\nGenerated by \`npm run bench\` (bench/run.js).\n\n${summary}\n\n${details.join('\n')}\n` };
}

function writeAtomic(file, text) {
  fs.writeFileSync(`${file}.tmp`, text);
  fs.renameSync(`${file}.tmp`, file);
}

function updateReadme(summary) {
  if (!fs.existsSync(README)) return 'README.md not found; unchanged';
  const text = fs.readFileSync(README, 'utf8');
  const start = text.indexOf(MARK_START);
  const end = text.indexOf(MARK_END);
  if (start < 0 || end < start) return `markers ${MARK_START} / ${MARK_END} not found in README.md; unchanged`;
  writeAtomic(README, `${text.slice(0, start + MARK_START.length)}\n${summary}\n${text.slice(end)}`);
  return 'README.md bench section updated';
}

// ---------------------------------------------------------------------------------------------- main
function main() {
  const m = machine();
  log(`node ${m.node}, ${m.cpu}, ${m.cores} cores, ${m.memoryGb.toFixed(1)} GB; ${RUNS} rounds (first discarded)`);
  const libState = ensureLibrary();
  buildBench();
  const packInIndex = indexLoadsRulePack();
  log("checking that ours and both baselines emit the example's resources ...");
  const equivalence = checkEquivalence();
  const { results: synths, loads } = timeSynths();
  const checks = timeChecks(synths);
  const jsii = SKIP_JSII ? undefined : timeJsii();
  const tests = WITH_TESTS ? timeTests() : undefined;
  m.otherLoad = Math.max(0, median(loads) - 1); // the 1-minute load average minus the bench's own process
  m.busy = m.otherLoad > 0.25 * m.cores;
  const context = { busy: m.busy, packInIndex, libState };
  const rows = evaluate(synths, checks, jsii, tests, context);
  if (PROFILE || rows.some((r) => r.synth && !r.ok)) context.profiles = profile(['ours', 'nochecks', 'deep']);
  const { summary, full } = markdown(m, rows, synths, checks, equivalence, context);
  for (const s of Object.values(synths)) if (s.outdir) rm(s.outdir);

  fs.mkdirSync(RESULTS, { recursive: true });
  writeAtomic(path.join(RESULTS, 'latest.md'), full);
  const json = {
    machine: m,
    runs: RUNS,
    packInIndex,
    targets: rows,
    synth: Object.fromEntries(Object.values(synths).map((s) => [s.key, { label: s.label, wallMs: s.times, cpuMs: s.cpu, rssKb: s.rss, error: s.error }])),
    checks,
    jsii,
    tests,
    equivalence,
  };
  writeAtomic(path.join(RESULTS, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`${full}\n`);
  log('wrote bench/results/latest.md and bench/results/latest.json');
  if (UPDATE_README) log(updateReadme(summary));
  const missed = rows.filter((r) => !r.ok && !r.status).map((r) => r.metric);
  log(missed.length === 0 ? 'all targets met' : `targets missed: ${missed.join('; ')}`);
}

main();
