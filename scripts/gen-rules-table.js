// Regenerates the README rules table (id, severity, what, fix) from the rule metadata, between
// <!-- rules-table:start --> and <!-- rules-table:end -->. `--check` exits 1 when the table is stale.
// Usage: node scripts/gen-rules-table.js [--check] [README path]
require('./register-ts');
const fs = require('fs');
const path = require('path');
const { ALL_RULES } = require('../src/checks/rules/index.ts');

const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';

/** Markdown-safe cell text. */
function cell(text) {
  return String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

/** The table, one row per rule in id order. */
function rulesTable(rules) {
  const rows = rules.map((r) => `| [${r.id}](${r.docUrl}) | ${r.severity} | ${cell(r.title)} | ${cell(r.fix)} |`);
  return ['| Id | Severity | What | Fix |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The README text with the table between the markers replaced; throws when the markers are missing. */
function withTable(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`README has no "${START}" ... "${END}" markers (in that order); add them where the table goes.`);
  }
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

function main(argv) {
  const check = argv.includes('--check');
  const file = argv.find((a) => !a.startsWith('--')) ?? path.join(__dirname, '..', 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const updated = withTable(readme, rulesTable(ALL_RULES));
  if (updated === readme) return 0;
  if (check) {
    console.error(
      `${path.relative(process.cwd(), file)}: the rules table is stale; run node scripts/gen-rules-table.js`
    );
    return 1;
  }
  fs.writeFileSync(file, updated);
  console.log(`${path.relative(process.cwd(), file)}: rules table updated (${ALL_RULES.length} rules)`);
  return 0;
}

module.exports = { rulesTable, withTable, main };

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exitCode = 2;
  }
}
