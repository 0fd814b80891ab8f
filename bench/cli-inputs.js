#!/usr/bin/env node
// `node bench/cli-inputs.js [--runs N]`: times the whole CLI process (`node bin/cdktf-isolated-aks.js check
// ... --format json`, compiled lib/, run `npm run build` first) on a 10,000-resource plan JSON and a
// 1,000-resource .tf directory (targets: under 1 s and under 3 s; design.md "Performance targets"), plus a
// 1,000-resource plan and a 100-resource .tf directory for the ratio of cost to size. Prints a Markdown table
// and writes bench/results/cli-inputs.json. Not part of `npm test`; tests never assert wall-clock time.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { generatePlan, writeTfDir } = require('./checks/generate-inputs');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'cdktf-isolated-aks.js');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 7;

if (!fs.existsSync(path.join(ROOT, 'lib', 'checks', 'cli.js'))) throw new Error('cli-inputs: run `npm run build` first');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-isolated-aks-bench-'));
const REPORT = path.join(work, 'report.json');
const cases = [];
// Dense: every resource belongs to a copy of the fixture (one cluster per 5 resources, 2,000 clusters in 10,000).
// Typical: the cluster density of the synth bench's generated 10,000-resource document (one cluster per ~30).
for (const [n, clusters, kind] of [[1000, undefined, 'plan JSON (dense)'], [10000, undefined, 'plan JSON (dense)'], [1000, 33, 'plan JSON (typical)'], [10000, 333, 'plan JSON (typical)']]) {
  const file = path.join(work, `plan-${n}-${clusters ?? 'dense'}.json`);
  fs.writeFileSync(file, JSON.stringify(generatePlan(n, clusters)));
  cases.push({ kind, resources: n, clusters: clusters ?? n / 5, target: n === 10000 ? 1000 : undefined, args: [file] });
}
for (const n of [100, 1000]) {
  const dir = path.join(work, `tf-${n}`);
  writeTfDir(dir, n);
  cases.push({ kind: '.tf directory', resources: n, clusters: Math.floor(n / 6), target: n === 1000 ? 3000 : undefined, args: [dir] });
}

// CPU time (user + system) of the process by /usr/bin/time: on a shared, busy machine wall time measures the
// neighbours too, so the targets are judged on CPU time (as bench/run.js does), wall time shown beside it.
const TIME_BIN = '/usr/bin/time';
const HAS_TIME = fs.existsSync(TIME_BIN);

function once(args) {
  const t = process.hrtime.bigint();
  const cmd = [BIN, 'check', ...args, '--format', 'json', '--output', REPORT];
  const r = HAS_TIME
    ? spawnSync(TIME_BIN, ['-f', 'cpu %U %S', process.execPath, ...cmd], { encoding: 'utf8' })
    : spawnSync(process.execPath, cmd, { encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`cli-inputs: exit ${r.status}: ${r.stderr}`);
  const cpu = /cpu (\S+) (\S+)/.exec(r.stderr);
  const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : wallMs;
  const report = JSON.parse(fs.readFileSync(REPORT, 'utf8'));
  return { wallMs, cpuMs, findings: report.findings.length, status: r.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = cases.map((c) => {
  once(c.args); // warm-up (file cache)
  const runs = Array.from({ length: RUNS }, () => once(c.args));
  const last = runs[runs.length - 1];
  return { kind: c.kind, resources: c.resources, clusters: c.clusters, target: c.target, cpuMs: median(runs.map((r) => r.cpuMs)), wallMs: median(runs.map((r) => r.wallMs)), runs: RUNS, findings: last.findings, exit: last.status };
});
fs.rmSync(work, { recursive: true, force: true });

const byKind = (kind) => results.filter((r) => r.kind === kind);
const ratio = (kind) => {
  const [small, big] = byKind(kind);
  return `${(big.cpuMs / small.cpuMs).toFixed(2)}x CPU time for ${big.resources / small.resources}x resources`;
};
const rows = results.map(
  (r) =>
    `| ${r.kind}, ${r.resources.toLocaleString('en')} resources, ${r.clusters} clusters | ${Math.round(r.cpuMs)} ms | ${Math.round(r.wallMs)} ms | ${r.target ? `< ${r.target / 1000} s` : '-'} | ${r.target ? (r.cpuMs < r.target ? 'met' : '**missed**') : '-'} | ${r.findings} findings, exit ${r.exit} |`
);
const md = [
  `CLI, whole process (\`node bin/cdktf-isolated-aks.js check <input> --format json --output FILE\`), medians of ${RUNS} runs after a warm-up, judged on CPU time (${HAS_TIME ? '/usr/bin/time %U + %S' : 'wall time: no /usr/bin/time'}); ${os.cpus()[0].model.trim()}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}, Node ${process.version}:`,
  '',
  '| Input | CPU | Wall | Goal | Status | Report |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
  `Growth: plan JSON (dense) ${ratio('plan JSON (dense)')}; plan JSON (typical) ${ratio('plan JSON (typical)')}; .tf directory ${ratio('.tf directory')}.`,
].join('\n');
fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'results', 'cli-inputs.json'), JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2) + '\n');
process.stdout.write(md + '\n');
