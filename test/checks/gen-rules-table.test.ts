import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ALL_RULES } from '../../src/checks/rules';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rulesTable, withTable, main } = require('../../scripts/gen-rules-table.js');

const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';

describe('scripts/gen-rules-table.js', () => {
  it('renders one row per rule with id, severity, what and fix', () => {
    const table: string = rulesTable(ALL_RULES);
    const rows = table.split('\n');
    expect(rows[0]).toBe('| Id | Severity | What | Fix |');
    expect(rows).toHaveLength(ALL_RULES.length + 2);
    expect(rows[2]).toMatch(/^\| \[NI-ACR-001\]\(https:[^)]+\) \| error \| The bootstrap registry is Premium \| Set sku/);
  });

  it('replaces only the text between the markers', () => {
    const readme = `# Title\n\nbefore\n${START}\nold table\n${END}\nafter\n`;
    expect(withTable(readme, 'NEW')).toBe(`# Title\n\nbefore\n${START}\nNEW\n${END}\nafter\n`);
    expect(() => withTable('# no markers', 'NEW')).toThrow(/no "<!-- rules-table:start -->" \.\.\. "<!-- rules-table:end -->" markers/);
  });

  it('--check exits 1 when stale and 0 once regenerated', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rules-table-')), 'README.md');
    fs.writeFileSync(file, `# x\n${START}\nstale\n${END}\n`);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(main(['--check', file])).toBe(1);
      expect(main([file])).toBe(0);
      expect(main(['--check', file])).toBe(0);
      expect(fs.readFileSync(file, 'utf8')).toContain('| [NI-NET-005]');
    } finally {
      error.mockRestore();
      log.mockRestore();
    }
  });

  it('the committed README.md has the current rules table (regenerate: node scripts/gen-rules-table.js)', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(withTable(readme, rulesTable(ALL_RULES))).toBe(readme);
  });
});
