import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { main, USAGE } from '../../src/checks/cli';
import { A, at, compliantDoc, docWith, Json, put } from './fixtures';

/** Runs the CLI in-process with args after `check`-style argv, capturing output. */
async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'cdktf-isolated-aks', ...args], { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd });
  return { code, out, err };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-isolated-aks-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(rel: string, content: string | Json): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return rel;
}

const publicCluster = () => docWith((d) => (at(d, A.cluster).private_cluster_enabled = false));
const withPublicIp = () => put(compliantDoc(), 'azurerm_public_ip.fw', { name: 'fw' });

describe('cdktf-isolated-aks check', () => {
  it('--help prints the usage and exits 0', async () => {
    expect((await run(['--help'], dir))).toEqual({ code: 0, out: USAGE, err: '' });
    expect((await run(['check', '-h'], dir)).code).toBe(0);
  });

  it('exits 0 on a clean document, with the summary', async () => {
    const { code, out } = (await run(['check', write('cdk.tf.json', compliantDoc())], dir));
    expect(code).toBe(0);
    expect(out).toMatch(/0 errors, 0 warnings, 0 info, 0 suppressed in 1 stack/);
  });

  it('exits 1 on an error finding and prints it', async () => {
    const { code, out } = (await run(['check', write('stacks/prod/cdk.tf.json', publicCluster())], dir));
    expect(code).toBe(1);
    expect(out).toMatch(/ERROR NI-AKS-001 private-cluster\n {2}at {5}fixture\/aks\/Cluster \(azurerm_kubernetes_cluster\.aks\) \[stack fixture\]/);
  });

  it('exits 0 on warnings, 1 with --fail-on-warnings', async () => {
    const file = write('w.json', withPublicIp());
    expect((await run(['check', file], dir)).code).toBe(0);
    expect((await run(['check', file, '--fail-on-warnings'], dir)).code).toBe(1);
  });

  it('--format json writes the report model', async () => {
    const { code, out } = (await run(['check', write('a.json', publicCluster()), '--format', 'json'], dir));
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ counts: { error: 1 }, findings: [{ ruleId: 'NI-AKS-001', address: A.cluster }] });
  });

  it('--format=sarif writes SARIF with the file relative to cwd', async () => {
    const { out } = (await run(['check', write('cdktf.out/stacks/prod/cdk.tf.json', publicCluster()), '--format=sarif'], dir));
    const sarif = JSON.parse(out);
    expect(sarif.version).toBe('2.1.0');
    const [result] = sarif.runs[0].results;
    expect(result.ruleId).toBe('NI-AKS-001');
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'cdktf.out/stacks/prod/cdk.tf.json', uriBaseId: 'SRCROOT' });
    expect(sarif.runs[0].originalUriBaseIds).toEqual({ SRCROOT: { uri: `${pathToFileURL(dir).href}/` } });
    expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toBe(A.cluster);
  });

  it('--output writes the report to a file and the summary to stdout', async () => {
    const { code, out } = (await run(['check', write('a.json', publicCluster()), '--format', 'sarif', '--output', 'reports/out.sarif'], dir));
    expect(code).toBe(1);
    expect(out).toMatch(/1 error.*report written to reports\/out\.sarif/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'reports/out.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('checks several files, one stack each', async () => {
    const { out } = (await run(['check', write('one/cdk.tf.json', { resource: {} }), write('two.json', { terraform: {} }), '--format', 'json'], dir));
    expect(JSON.parse(out).stacks).toEqual(['one', 'two']);
  });

  it('reads a cdktf.out directory through its manifest, and defaults to ./cdktf.out', async () => {
    // GIVEN a cdktf.out with a manifest naming two stacks
    write('cdktf.out/stacks/a/cdk.tf.json', compliantDoc());
    write('cdktf.out/stacks/b/cdk.tf.json', publicCluster());
    write('cdktf.out/manifest.json', {
      stacks: {
        alpha: { name: 'alpha', synthesizedStackPath: 'stacks/a/cdk.tf.json' },
        beta: { name: 'beta', synthesizedStackPath: 'stacks/b/cdk.tf.json' },
      },
    });
    // WHEN checked without a path THEN both stacks are checked by their manifest names
    const { code, out } = (await run(['check', '--format', 'json'], dir));
    expect(code).toBe(1);
    expect(JSON.parse(out).stacks).toEqual(['alpha', 'beta']);
  });

  it('reads stacks/*/cdk.tf.json of a directory without manifest', async () => {
    write('out/stacks/x/cdk.tf.json', compliantDoc());
    write('out/stacks/y/cdk.tf.json', withPublicIp());
    write('out/stacks/not-a-stack/readme.txt', 'x');
    const { code, out } = (await run(['check', 'out', '--format', 'json'], dir));
    expect(code).toBe(0);
    expect(JSON.parse(out).stacks).toEqual(['x', 'y']);
  });

  it.each([
    ['a missing file', () => ['check', 'nope.json'], /nope\.json: no such file or directory/],
    ['truncated JSON', () => ['check', write('t.json', '{"resource": {"a": ')], /t\.json: invalid JSON \(/],
    ['invalid JSON over several lines (the parser quotes them)', () => ['check', write('m.json', '{\n  "resource": x\n}\n')], /m\.json: invalid JSON \(.*"\{\\n {2}"resource": x\\n\}\\n"/],
    ['invalid JSON on one very long line', () => ['check', write('long.json', `{"resource": ${'x'.repeat(5_000)}}`)], /long\.json: invalid JSON \(.{1,200}\); re-run/],
    ['top-level keys with line breaks', () => ['check', write('keys.json', { 'a\nb': 1, 'c\u2028d': 2 })], /top-level keys: a\\nb, c\\u2028d\)/],
    ['a JSON array', () => ['check', write('arr.json', '[1, 2]')], /arr\.json: not a Terraform JSON document \(the top level is an array/],
    ['an object without Terraform keys', () => ['check', write('pkg.json', { name: 'x', version: '1' })], /pkg\.json: not a Terraform JSON document \(no "resource".*top-level keys: name, version/],
    ['a resource that is not an object', () => ['check', write('r.json', { resource: 'x' })], /r\.json: resource: expected an object of resource types, got a string/],
    ['an empty directory', () => (fs.mkdirSync(path.join(dir, 'empty')), ['check', 'empty']), /empty: no stacks\/\*\/cdk\.tf\.json/],
    ['an unknown flag', () => ['check', '--verbose'], /unknown option --verbose; allowed: --format, --output/],
    ['an unknown format', () => ['check', '--format', 'xml'], /--format "xml" is not supported; allowed: text, json, sarif/],
    ['a flag without value', () => ['check', '--output'], /--output needs a value/],
    ['no command', () => [], /missing command; usage: cdktf-isolated-aks check/],
    ['an unknown command', () => ['lint'], /unknown command "lint"/],
  ])('exits 2 on %s with one line on stderr and no stack trace', async (_what, args, message) => {
    const { code, out, err } = await run(args(), dir);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trimEnd().split(/[\n\r\u2028\u2029]/)).toHaveLength(1);
    expect(err).toMatch(/^cdktf-isolated-aks: /);
  });

  const bin = path.join(__dirname, '..', '..', 'bin', 'cdktf-isolated-aks.js');
  it('bin/ runs the compiled CLI (smoke test, needs the jsii build: npm test builds it first)', () => {
    const built = fs.existsSync(path.join(__dirname, '..', '..', 'lib', 'checks', 'cli.js'));
    if (!built) throw new Error('lib/checks/cli.js is missing: run `npm run build` (npm test builds before jest runs)');
    expect(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })).toContain('Usage: cdktf-isolated-aks check');
  });
});
