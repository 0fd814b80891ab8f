// Summarizes a V8 .cpuprofile (from `node --cpu-prof`): self time by package/area and by function.
// Usage: node bench/profile-summary.js <file.cpuprofile> [top]   (bench/run.js --profile calls summarize()).
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

/** Where a script URL belongs: an npm package, our lib/, the bench, node internals or a V8 pseudo-node. */
function area(url, functionName) {
  if (!url) return functionName && functionName.startsWith('(') ? functionName : '(native)';
  const file = url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = file.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (file.startsWith('node:')) return 'node (internals)';
  const rel = path.relative(ROOT, file);
  const lib = /^(?:bench\/build\/)?lib\/([^/]+)/.exec(rel); // lib/ or its bench snapshot
  if (lib) return `cdktf-isolated-aks lib/${lib[1]}`;
  if (rel.startsWith('bench/')) return 'bench';
  return rel.startsWith('..') ? file : rel;
}

/** Self time (ms) per area and per function of one profile, largest first. */
function summarize(file, top = 12) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const areas = new Map();
  const functions = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id);
    const { functionName, url, lineNumber } = node.callFrame;
    total += ms;
    const a = area(url, functionName);
    areas.set(a, (areas.get(a) ?? 0) + ms);
    const where = url ? `${path.relative(ROOT, url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + ms);
  }
  const sorted = (m) => [...m.entries()].sort((x, y) => y[1] - x[1]).slice(0, top).map(([name, ms]) => ({ name, ms }));
  return { totalMs: total, areas: sorted(areas), functions: sorted(functions) };
}

function format(summary) {
  const pct = (ms) => `${((100 * ms) / summary.totalMs).toFixed(1)}%`;
  return [
    `sampled ${summary.totalMs.toFixed(0)} ms`,
    'self time by area:',
    ...summary.areas.map((a) => `  ${a.ms.toFixed(0).padStart(6)} ms ${pct(a.ms).padStart(6)}  ${a.name}`),
    'self time by function:',
    ...summary.functions.map((f) => `  ${f.ms.toFixed(0).padStart(6)} ms ${pct(f.ms).padStart(6)}  ${f.name}`),
  ].join('\n');
}

module.exports = { summarize, format };

if (require.main === module) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node bench/profile-summary.js <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(format(summarize(file, Number(top ?? 12))));
}
