// The compiled CLI as a real process (needs `npm run build`, which `npm test` runs before jest): a reader
// that closes the pipe early (`check ... | head -1`) ends it quietly, with no EPIPE stack trace.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { A, at, compliantDoc } from './fixtures';

const BIN = path.join(__dirname, '..', '..', 'bin', 'cdktf-isolated-aks.js');
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-isolated-aks-proc-'));
  // GIVEN a document with 300 public clusters: a SARIF report far bigger than a pipe's 64 KiB buffer
  const doc = compliantDoc();
  const cluster = at(doc, A.cluster);
  for (let i = 0; i < 300; i++) doc.resource.azurerm_kubernetes_cluster[`aks${i}`] = { ...cluster, private_cluster_enabled: false };
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(doc));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bin/cdktf-isolated-aks.js (compiled)', () => {
  it('exits quietly when stdout is closed early (| head -1)', () => {
    // WHEN the report is piped into head, which exits after the first line
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" check cdk.tf.json --format sarif | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      cwd: dir,
      encoding: 'utf8',
    });
    // THEN head got the first line, and the CLI wrote nothing to stderr but ended with its exit code (1: errors)
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).toBe('status=1\n');
  });

  it('writes the whole report to an open pipe', () => {
    const r = spawnSync(process.execPath, [BIN, 'check', 'cdk.tf.json', '--format', 'sarif'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).runs[0].results.length).toBe(300);
  });
});
