#!/usr/bin/env node
// Runs a command and prints its wall time and the peak RSS of the largest node process it started
// (e.g. the jsii compiler under `npm run build`). Works without /usr/bin/time: every node process in the
// tree preloads this file (NODE_OPTIONS=--require) and records process.resourceUsage().maxRSS on exit.
// Usage: node scripts/measure.js <label> -- <command> [args...]
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const RECORD = 'CDKTF_ISOLATED_AKS_RSS_RECORD';

if (require.main !== module) {
  // Preloaded into a measured node process: record its own peak RSS (kilobytes) when it exits.
  const file = process.env[RECORD];
  if (file) {
    process.on('exit', () => {
      const script = path.basename(process.argv[1] ?? 'node');
      fs.appendFileSync(file, `${process.resourceUsage().maxRSS}\t${script}\n`);
    });
  }
} else {
  const [label, separator, command, ...args] = process.argv.slice(2);
  if (!label || separator !== '--' || !command) {
    console.error('usage: node scripts/measure.js <label> -- <command> [args...]');
    process.exit(2);
  }
  const record = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'measure-')), 'rss.tsv');
  fs.writeFileSync(record, '');
  const env = {
    ...process.env,
    [RECORD]: record,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(__filename)}`.trim(),
  };
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = fs
    .readFileSync(record, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .reduce((max, row) => (Number(row[0]) > Number(max[0]) ? row : max), ['0', 'none']);
  fs.rmSync(path.dirname(record), { recursive: true, force: true });
  console.log(`${label}: ${seconds.toFixed(1)} s wall, peak RSS ${Math.round(Number(peak[0]) / 1024)} MB (${peak[1]})`);
  if (result.error) throw result.error;
  process.exit(result.status ?? 1);
}
