// The CDK Terrain flavor (cdktn-isolated-aks, built into build/cdktn from the same src/): every example synthesizes
// through `cdktn-cli synth` on Node 24, pins azurerm 4.73.0, produces the same resources and attributes as the cdktf
// flavor, passes the checks with the same findings, and loads in terraform; and so does the cdktf flavor's output.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { addExampleStacks, EXAMPLES } from '../../examples/all';
import { main } from '../../src/checks/cli';
import { PROVIDER_FLAVORS } from '../../src/internal/provider-flavor';
import { ensureCdktnBuilt, flavor, ROOT } from './cdktn-build';
import { configFromDir, EXPECTED_ERROR, expectTerraformLoads } from '../terraform/terraform-load';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { nodeBinary } = require('../../scripts/fetch-node.js') as { nodeBinary(): string };

const NAMES = Object.keys(EXAMPLES);
type Json = { [key: string]: any };

let tmp: string;
let node24: string;
let build: string;
let cdktnOut: string;
let cdktfOut: string;
let cdktnSynth: { status: number | null; output: string; nodeVersion: string };

function stack(out: string, name: string): Json {
  return JSON.parse(fs.readFileSync(path.join(out, 'stacks', name, 'cdk.tf.json'), 'utf8'));
}

/** A stack without what legitimately differs between flavors: metadata, the local backend path, the azurerm pin. */
function comparable(doc: Json): Json {
  const copy = JSON.parse(JSON.stringify(doc));
  delete copy['//'];
  delete copy.terraform.backend;
  delete copy.terraform.required_providers.azurerm.version;
  return copy;
}

/** Runs a command on Node 24 with Node 24 first on PATH (cdktn-cli starts the app with `node`). */
function onNode24(args: string[], cwd: string) {
  const env = {
    ...process.env,
    PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH}`,
    CHECKPOINT_DISABLE: '1',
    CI: '1',
    TF_CLI_CONFIG_FILE: '/dev/null',
  };
  return spawnSync(node24, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'flavor-cdktn-'));
  node24 = nodeBinary();
  build = ensureCdktnBuilt();

  // GIVEN the cdktn flavor's examples, WHEN cdktn-cli synthesizes them on Node 24
  cdktnOut = path.join(tmp, 'cdktn.out');
  const cli = path.join(ROOT, 'node_modules', 'cdktn-cli', 'bin', 'cdktn');
  const result = onNode24([cli, 'synth', '--output', cdktnOut], build);
  const version = onNode24(['-e', 'console.log(process.version)'], build).stdout.trim();
  cdktnSynth = { status: result.status, output: `${result.stdout}${result.stderr}`, nodeVersion: version };

  // AND the cdktf flavor's examples synthesized by a cdktf App (what `cdktf synth` runs)
  cdktfOut = path.join(tmp, 'cdktf.out');
  const app = new App({ outdir: cdktfOut });
  addExampleStacks(app);
  app.synth();
}, 240_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The first fenced block of `fence` after `heading` in the README. */
function readmeBlock(heading: string, fence: string): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const from = readme.indexOf(`\n${heading}\n`);
  const match = from >= 0 ? readme.slice(from).match(new RegExp(`\n\`\`\`${fence}\n([\\s\\S]*?)\n\`\`\`\n`)) : null;
  if (!match) throw new Error(`README.md has no \`\`\`${fence} block under "${heading}"`);
  return match[1];
}

/** Runs a README sample as an app (TypeScript through scripts/register-ts.js) in `dir`; returns its stack. */
function runSample(source: string, dir: string, nodeBin: string, cwdForModules: string): Json {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(cwdForModules, `readme-sample-${process.pid}.ts`);
  fs.writeFileSync(file, source);
  try {
    const env = { ...process.env, CDKTF_OUTDIR: path.join(dir, 'cdktf.out'), CHECKPOINT_DISABLE: '1' };
    const result = spawnSync(nodeBin, ['-r', path.join(ROOT, 'scripts', 'register-ts.js'), file], { cwd: dir, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${path.basename(file)} failed: ${result.stderr}`);
  } finally {
    fs.rmSync(file, { force: true });
  }
  return stack(path.join(dir, 'cdktf.out'), 'isolated-aks');
}

describe('the README', () => {
  test('CDK Terrain first stack synthesizes on Node 24 to the first stack with azurerm 4.73.0, passes the checks and loads in terraform', async () => {
    // GIVEN the package importable by its npm name from build/cdktn (build/cdktn/node_modules links it), WHEN the CDK Terrain sample runs on Node 24 and the cdktf one on this Node
    const tn = runSample(readmeBlock('## CDK Terrain', 'tsx'), path.join(tmp, 'readme-cdktn'), node24, build);
    const tf = runSample(
      readmeBlock('## A first stack', 'ts').replace("'cdktf-isolated-aks'", "'../src'"),
      path.join(tmp, 'readme-cdktf'),
      process.execPath,
      path.join(ROOT, 'test'),
    );
    // THEN
    expect(tn.terraform.required_providers.azurerm.version).toBe('4.73.0');
    expect(comparable(tn)).toEqual(comparable(tf));
    const check = onNode24([path.join(build, 'bin', 'cdktn-isolated-aks.js'), 'check', path.join(tmp, 'readme-cdktn', 'cdktf.out')], build);
    expect({ status: check.status, out: check.stdout }).toEqual({ status: 0, out: expect.stringContaining('0 errors, 0 warnings') });
    await expectTerraformLoads([configFromDir('readme-cdktn', path.join(tmp, 'readme-cdktn', 'cdktf.out', 'stacks', 'isolated-aks'))]);
  });
});

describe('the cdktn build', () => {
  test('rewrites every cdktf import and flips the flavor, in generated files only', () => {
    const src = fs.readFileSync(path.join(build, 'src', 'cluster', 'network-isolated-cluster.ts'), 'utf8');
    expect(src).toMatch(/from 'cdktn'/);
    expect(src).toMatch(/from '@cdktn\/provider-azurerm\/lib\/kubernetes-cluster'/);
    expect(src).not.toMatch(/from '(cdktf|@cdktf\/[^']*)'/);
    const flavorSrc = fs.readFileSync(path.join(build, 'src', 'internal', 'provider-flavor.ts'), 'utf8');
    expect(flavorSrc).toMatch(/^const ACTIVE_FLAVOR: ProviderFlavor\['cdk'\] = 'cdktn';$/m);
    expect(fs.readFileSync(path.join(ROOT, 'src', 'internal', 'provider-flavor.ts'), 'utf8')).toMatch(/= 'cdktf';$/m);
  });

  test('fails loudly on a cdktf import it does not know how to rewrite', () => {
    expect(() => flavor.rewrite('src/x.ts', "import { Foo } from '@cdktf/provider-random/lib/foo';")).toThrow(
      /src\/x\.ts: "from '@cdktf\/provider-random\/lib\/foo'" is left after the cdktn rewrite/,
    );
  });

  test('has its own jsii assembly, names on every registry, and cdktn peers', () => {
    const assembly = JSON.parse(fs.readFileSync(path.join(build, '.jsii'), 'utf8'));
    expect(assembly.name).toBe('cdktn-isolated-aks');
    expect(assembly.dependencies).toEqual({ '@cdktn/provider-azurerm': '^16.1.0', cdktn: '~0.24.0', constructs: '>=10.6.0 <10.8.0' });
    expect(assembly.targets).toEqual({
      js: { npm: 'cdktn-isolated-aks' },
      python: { distName: 'cdktn-isolated-aks', module: 'cdktn_isolated_aks' },
      java: { package: 'io.github.cdktnisolatedaks', maven: { groupId: 'io.github.cdktnisolatedaks', artifactId: 'cdktn-isolated-aks' } },
      dotnet: { namespace: 'CdktnIsolatedAks', packageId: 'CdktnIsolatedAks' },
      go: { moduleName: 'github.com/cdktf-isolated-aks/cdktn-isolated-aks-go' },
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const built = require(path.join(build, 'lib', 'internal', 'provider-flavor.js'));
    expect(built.PROVIDER_FLAVOR).toEqual(PROVIDER_FLAVORS.cdktn);
  });

  test.each([
    ['cdktf', '@cdktf/provider-azurerm'],
    ['cdktn', '@cdktn/provider-azurerm'],
  ] as const)('the %s flavor records the azurerm version its installed bindings were generated from', (name, pkg) => {
    const provider = fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'lib', 'provider', 'index.js'), 'utf8');
    expect(provider).toContain(`providerVersion: '${PROVIDER_FLAVORS[name].azurermVersion}'`);
  });
});

describe('cdktn-cli synth on Node 24', () => {
  test('runs on Node 24 and synthesizes every example stack', () => {
    expect(cdktnSynth.nodeVersion).toMatch(/^v24\./);
    expect({ status: cdktnSynth.status, output: cdktnSynth.output }).toEqual({ status: 0, output: expect.stringContaining('Generated Terraform code') });
    expect(fs.readdirSync(path.join(cdktnOut, 'stacks')).sort()).toEqual([...NAMES].sort());
  });
});

describe.each(NAMES)('example %s', (name) => {
  test('pins azurerm 4.73.0 under cdktn and 4.55.0 under cdktf, and records the CDK that wrote it', () => {
    expect(stack(cdktnOut, name).terraform.required_providers.azurerm).toEqual({ source: 'azurerm', version: '4.73.0' });
    expect(stack(cdktfOut, name).terraform.required_providers.azurerm).toEqual({ source: 'azurerm', version: '4.55.0' });
    expect(stack(cdktnOut, name)['//'].metadata.version).toBe('0.24.0');
  });

  test('synthesizes the same resources, addresses and attributes in both flavors', () => {
    expect(comparable(stack(cdktnOut, name))).toEqual(comparable(stack(cdktfOut, name)));
  });

  test('passes the checks in both flavors, with the same findings', () => {
    const cdktn = onNode24([path.join(build, 'bin', 'cdktn-isolated-aks.js'), 'check', path.join(cdktnOut, 'stacks', name, 'cdk.tf.json'), '--format', 'json'], build);
    let out = '';
    const code = main(['node', 'cdktf-isolated-aks', 'check', path.join(cdktfOut, 'stacks', name, 'cdk.tf.json'), '--format', 'json'], {
      stdout: (s) => (out += s),
      stderr: (s) => (out += s),
      cwd: tmp,
    });
    expect({ status: cdktn.status, stderr: cdktn.stderr }).toEqual({ status: 0, stderr: '' });
    expect(code).toBe(0);
    const [tn, tf] = [JSON.parse(cdktn.stdout), JSON.parse(out)];
    expect(tn.tool).toBe('cdktn-isolated-aks');
    expect(tf.tool).toBe('cdktf-isolated-aks');
    expect(tn.counts.error).toBe(0);
    const summary = (r: Json) => r.findings.map((f: Json) => `${f.ruleId} ${f.address}`);
    expect(summary(tn)).toEqual(summary(tf));
  });

  test.each(['cdktn', 'cdktf'])('loads in terraform (%s flavor)', async (which) => {
    const [load] = await expectTerraformLoads([configFromDir(`${which}/${name}`, path.join(which === 'cdktn' ? cdktnOut : cdktfOut, 'stacks', name))]);
    expect(load.output).toContain(EXPECTED_ERROR); // it did get as far as provider installation
  });
});
