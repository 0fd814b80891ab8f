#!/usr/bin/env node
// `npm run docgen`: the API reference from the jsii assembly (.jsii, so build first), with jsii-docgen:
// API.md in TypeScript and docs/API.python.md in Python (Construct Hub renders Java, C# and Go from the
// published npm package). test/jsii/api-docs.test.ts runs this with `--outdir <tmp>` and fails when the
// committed files differ.
// Usage: node scripts/docgen.js [--outdir DIR]   (default: the repository root)
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUTPUTS = [
  { file: 'API.md', language: 'typescript' },
  { file: 'docs/API.python.md', language: 'python' },
];

async function writeDocs(outdir) {
  const { Documentation, Language } = require('jsii-docgen');
  const docs = await Documentation.forProject(ROOT);
  for (const { file, language } of OUTPUTS) {
    const markdown = await docs.toMarkdown({ language: Language.fromString(language), allSubmodules: true });
    const target = path.join(outdir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, markdown.render());
    console.log(`wrote ${path.relative(process.cwd(), target) || target}`);
  }
}

module.exports = { OUTPUTS };

if (require.main === module) {
  const at = process.argv.indexOf('--outdir');
  const outdir = at === -1 ? ROOT : path.resolve(process.argv[at + 1]);
  writeDocs(outdir).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
