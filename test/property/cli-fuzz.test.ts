// Fuzzing the check CLI in-process (issue 7): truncated JSON, wrong types, huge files, unknown resource
// types, cyclic depends_on, references to missing resources, deep nesting, non-UTF-8 bytes, empty files,
// directories without stacks, odd arguments. Every input must end in exit 0/1 with a report, or exit 2
// with one clear line on stderr: never a thrown exception, a crash or a hang. Each call runs under a vm
// timeout, which interrupts even a synchronous endless loop.
import { Testing } from 'cdktf';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { ByoAcrPrivateLinkStack } from '../../examples/byo-acr-private-link/main';
import { main } from '../../src/checks/cli';

type Json = { [key: string]: any };
interface Outcome {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly ms: number;
}

const TOOL = 'cdktf-isolated-aks';
const CALL_TIMEOUT_MS = 5_000;
let dir: string;
let example: Json;
let exampleText: string;
let fileCount = 0;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-isolated-aks-cli-fuzz-'));
  const stack = new ByoAcrPrivateLinkStack(Testing.app({ outdir: dir }), 'byo-acr-private-link');
  example = JSON.parse(JSON.stringify(stack.toTerraform()));
  exampleText = JSON.stringify(example, null, 2);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes a file (text, bytes or JSON) under the temp dir and returns its relative path. */
function write(content: string | Buffer | Json, name = `f${fileCount++}.json`): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content));
  return name;
}

/** Runs `cdktf-isolated-aks <args>` in-process under a timeout (a hang fails the case instead of the run). */
function run(args: string[], timeoutMs = CALL_TIMEOUT_MS): Outcome {
  let out = '';
  let err = '';
  const started = performance.now();
  const io = { stdout: (s: string) => (out += s), stderr: (s: string) => (err += s), cwd: dir };
  const code = vm.runInNewContext('check()', { check: () => main(['node', TOOL, ...args], io) }, { timeout: timeoutMs }) as number;
  return { code, out, err, ms: performance.now() - started };
}

/** The CLI's contract for any input: 0/1 with a report on stdout, or 2 with exactly one line on stderr. */
function expectContract(r: Outcome, format: 'text' | 'json' | 'sarif' = 'text'): void {
  if (r.code === 2) {
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`^${TOOL}: [^\\n]+\\n$`));
    return;
  }
  expect([0, 1]).toContain(r.code);
  expect(r.err).toBe('');
  if (format === 'text') expect(r.out).toMatch(/check: \d+ errors?, \d+ warnings?, \d+ info, \d+ suppressed in \d+ stacks? \(\d+ rules\)\n$/);
  else expect(() => JSON.parse(r.out)).not.toThrow();
}

/** Runs one document through every format and checks the contract (same exit code in every format). */
function checkDocument(content: string | Buffer | Json): Outcome {
  const file = write(content);
  const text = run(['check', file]);
  expectContract(text);
  for (const format of ['json', 'sarif'] as const) {
    const r = run(['check', file, '--format', format]);
    expectContract(r, format);
    expect(r.code).toBe(text.code);
  }
  return text;
}

const clone = (): Json => JSON.parse(JSON.stringify(example));

/**
 * Checks the contract on the example with a deeply nested value (JSON text) where `place` writes
 * "__DEEP__"; the outcome names any exception, so a failure says where.
 */
function expectContractWithDeepValue(where: string, place: (d: Json) => void, value: string): void {
  const doc = clone();
  place(doc);
  // Built as text: JSON.stringify itself overflows the stack on such values.
  const text = JSON.stringify(doc).replace('"__DEEP__"', value);
  let outcome: string;
  try {
    checkDocument(text);
    outcome = 'contract kept';
  } catch (e) {
    outcome = `${(e as Error).name}: ${(e as Error).message.split('\n')[0]}`;
  }
  expect({ where, outcome }).toEqual({ where, outcome: 'contract kept' });
}

/**
 * 20 resources per cluster (VNet, 2 subnets with NSGs and associations, identity, role assignment, cluster,
 * 10 resources of an unknown type referencing it); with `chained`, each cluster depends_on the next.
 */
function hugeDocument(clusters: number, chained: boolean): Json {
  const resource: Json = {};
  const put = (type: string, name: string, config: Json) => ((resource[type] ??= {})[name] = config);
  for (let i = 0; i < clusters; i++) {
    put('azurerm_virtual_network', `v${i}`, { name: `v${i}`, address_space: ['10.0.0.0/16'] });
    for (const s of ['a', 'b']) {
      put('azurerm_subnet', `s${s}${i}`, { name: `s${i}`, virtual_network_name: `\${azurerm_virtual_network.v${i}.name}`, default_outbound_access_enabled: false });
      put('azurerm_network_security_group', `g${s}${i}`, { name: `g${i}`, security_rule: [{ direction: 'Outbound', access: 'Deny', priority: 4096, destination_address_prefix: 'Internet' }] });
      put('azurerm_subnet_network_security_group_association', `x${s}${i}`, { subnet_id: `\${azurerm_subnet.s${s}${i}.id}`, network_security_group_id: `\${azurerm_network_security_group.g${s}${i}.id}` });
    }
    put('azurerm_user_assigned_identity', `u${i}`, { name: `u${i}` });
    put('azurerm_role_assignment', `r${i}`, { scope: `\${azurerm_subnet.sa${i}.id}`, principal_id: `\${azurerm_user_assigned_identity.u${i}.principal_id}`, role_definition_name: 'Network Contributor' });
    put('azurerm_kubernetes_cluster', `k${i}`, {
      name: `k${i}`,
      private_cluster_enabled: true,
      identity: { type: 'UserAssigned', identity_ids: [`\${azurerm_user_assigned_identity.u${i}.id}`] },
      default_node_pool: { name: 'system', vnet_subnet_id: `\${azurerm_subnet.sa${i}.id}` },
      network_profile: { network_plugin: 'azure', outbound_type: 'none' },
      bootstrap_profile: { artifact_source: 'Cache' },
      depends_on: [`azurerm_role_assignment.r${i}`, ...(chained ? [`azurerm_kubernetes_cluster.k${(i + 1) % clusters}`] : [])],
    });
    for (let j = 0; j < 10; j++) put('unknown_thing', `t${i}_${j}`, { ref: `\${azurerm_kubernetes_cluster.k${i}.id}` });
  }
  const count = Object.values(resource).reduce((n, byName) => n + Object.keys(byName as Json).length, 0);
  if (count !== clusters * 20) throw new Error(`expected ${clusters * 20} resources, built ${count}`);
  return { resource };
}
const firstOf = (doc: Json, type: string): Json => Object.values(doc.resource[type] as Json)[0];

describe('check CLI fuzz: exit 0/1 with a report, or 2 with one line; never a throw, crash or hang', () => {
  jest.setTimeout(20_000);

  test('baseline: the real example is clean', () => {
    expect(checkDocument(exampleText).code).toBe(0);
  });

  test('truncated JSON: every sampled prefix of the example is a one-line "invalid JSON" error', () => {
    const lengths = fc.sample(fc.integer({ min: 0, max: exampleText.length - 1 }), 150);
    for (const n of [0, 1, 2, exampleText.length - 2, exampleText.length - 1, ...lengths]) {
      const r = run(['check', write(exampleText.slice(0, n))]);
      expectContract(r);
      expect({ n, code: r.code }).toEqual({ n, code: 2 });
      expect(r.err).toMatch(/invalid JSON/);
    }
  });

  describe('wrong types', () => {
    const cluster = 'azurerm_kubernetes_cluster';
    test.each<[string, (d: Json) => void]>([
      ['resource is an array', (d) => (d.resource = [d.resource])],
      ['resource is an array of junk', (d) => (d.resource = [1, 'x', null, [], { a: 1 }])],
      ['resource is a string', (d) => (d.resource = 'resources')],
      ['resource is a number', (d) => (d.resource = 42)],
      ['resource is null', (d) => (d.resource = null)],
      ['a resource type is null', (d) => (d.resource[cluster] = null)],
      ['a resource type is an array', (d) => (d.resource[cluster] = [1, 2])],
      ['a resource type is a string', (d) => (d.resource[cluster] = 'cluster')],
      ['a resource config is null', (d) => (d.resource[cluster][Object.keys(d.resource[cluster])[0]] = null)],
      ['a resource config is an array', (d) => (d.resource[cluster][Object.keys(d.resource[cluster])[0]] = [firstOf(d, cluster), 'x'])],
      ['a resource config is an empty array', (d) => (d.resource[cluster][Object.keys(d.resource[cluster])[0]] = [])],
      ['a resource config is a number', (d) => (d.resource[cluster][Object.keys(d.resource[cluster])[0]] = 7)],
      ['depends_on is a number', (d) => (firstOf(d, cluster).depends_on = 1)],
      ['depends_on is an object', (d) => (firstOf(d, cluster).depends_on = { a: 'azurerm_subnet.x' })],
      ['depends_on is a string', (d) => (firstOf(d, cluster).depends_on = 'azurerm_subnet.x')],
      ['depends_on holds numbers, nulls, arrays', (d) => (firstOf(d, cluster).depends_on = [1, null, [], {}, '${'])],
      ['network_profile is a string', (d) => (firstOf(d, cluster).network_profile = 'none')],
      ['network_profile is a number', (d) => (firstOf(d, cluster).network_profile = 3)],
      ['network_profile is a list of junk', (d) => (firstOf(d, cluster).network_profile = [null, 'x', [[]]])],
      ['bootstrap_profile is null', (d) => (firstOf(d, cluster).bootstrap_profile = null)],
      ['identity is a number and identity_ids a string', (d) => (firstOf(d, cluster).identity = { type: 5, identity_ids: 'x' })],
      ['kubelet_identity is an array of arrays', (d) => (firstOf(d, cluster).kubelet_identity = [[1], [2]])],
      ['default_node_pool is true', (d) => (firstOf(d, cluster).default_node_pool = true)],
      ['private_cluster_enabled is an object', (d) => (firstOf(d, cluster).private_cluster_enabled = { value: true })],
      ['tags are a list', (d) => (firstOf(d, cluster).tags = ['a', 'b'])],
      ['metadata path is a number', (d) => (firstOf(d, cluster)['//'] = { metadata: { path: 5 } })],
      ['"//" at the top is a string', (d) => (d['//'] = 'x')],
      ['security rules are strings', (d) => Object.values(d.resource.azurerm_network_security_rule ?? {}).forEach((r: any) => Object.assign(r, { priority: 'high', direction: 1, access: null }))],
      ['private endpoint blocks are numbers', (d) => Object.values(d.resource.azurerm_private_endpoint).forEach((r: any) => Object.assign(r, { private_service_connection: 1, private_dns_zone_group: [2] }))],
      ['role assignments with non-string scopes', (d) => Object.values(d.resource.azurerm_role_assignment).forEach((r: any) => Object.assign(r, { scope: 1, principal_id: null, role_definition_id: [] }))],
      ['variable and locals are junk', (d) => Object.assign(d, { variable: [1], locals: 'x' })],
      ['locals is a list with junk', (d) => Object.assign(d, { locals: [null, 1, { a: '${local.a}' }] })],
      ['data is a number', (d) => (d.data = 9)],
      ['data source config is a string', (d) => (d.data = { azurerm_client_config: { current: 'x' } })],
      ['azapi body is a number', (d) => (d.resource.azapi_update_resource = { u: { resource_id: `\${${cluster}.${Object.keys(d.resource[cluster])[0]}.id}`, body: 5 } })],
    ])('%s', (_name, mutate) => {
      const doc = clone();
      mutate(doc);
      checkDocument(doc);
    });

    test('property: any JSON value at any path of the example', () => {
      const paths: string[][] = [];
      const collect = (value: unknown, at: string[]) => {
        paths.push(at);
        if (at.length < 7 && value && typeof value === 'object') {
          for (const [k, v] of Object.entries(value)) collect(v, [...at, k]);
        }
      };
      collect(example, []);
      const junk = fc.oneof(
        fc.constantFrom(null, [], {}, '', 0, -1, 1e308, true, '${', '${}', '$${escaped}', '${azurerm_subnet.missing.id}', '${data.x.y.z}', [null], [[]], { '//': 5 }, '\u0000'),
        fc.jsonValue({ maxDepth: 3 }),
      );
      fc.assert(
        fc.property(fc.constantFrom(...paths.slice(1)), junk, fc.constantFrom<'text' | 'json' | 'sarif'>('text', 'json', 'sarif'), (at, value, format) => {
          const doc = clone();
          const parent = at.slice(0, -1).reduce((o: any, k) => o[k], doc);
          parent[at[at.length - 1]] = value;
          expectContract(run(['check', write(doc), '--format', format]), format);
        }),
        { numRuns: 300 },
      );
    });
  });

  test('unknown resource types and odd keys (prototype names, empty, unicode, very long)', () => {
    for (const key of ['__proto__', 'constructor', 'hasOwnProperty', 'toString', '', '.', 'a.b.c', '💥', 'x'.repeat(10_000), '${azurerm_subnet.x.id}']) {
      const doc = clone();
      doc.resource[key] = { [key]: { name: key, depends_on: [key, `${key}.${key}`] }, ok: {} };
      doc.resource.azurerm_subnet[key] = { name: 'x', virtual_network_name: `\${${key}.${key}.name}` };
      doc.data = { [key]: { [key]: {} } };
      // JSON.stringify keeps an own "__proto__" key: this is the text a hostile file would contain.
      checkDocument(JSON.stringify(doc));
    }
    expect(checkDocument({ resource: { foo_bar: { baz: { a: 1 } }, aws_s3_bucket: { b: {} } } }).code).toBe(0);
  });

  test('cyclic depends_on: a->b->a, self-dependency, a cluster in a cycle, a 5,000-link chain', () => {
    const doc = clone();
    const [clusterName, clusterConfig] = Object.entries(doc.resource.azurerm_kubernetes_cluster)[0] as [string, Json];
    const self = `azurerm_kubernetes_cluster.${clusterName}`;
    doc.resource.null_resource = {
      a: { depends_on: ['null_resource.b'] },
      b: { depends_on: ['${null_resource.a}'] },
      s: { depends_on: ['null_resource.s'], triggers: { x: '${null_resource.s.id}' } },
      c: { depends_on: [self], triggers: { id: `\${${self}.id}` } },
    };
    clusterConfig.depends_on = [...(clusterConfig.depends_on ?? []), self, 'null_resource.c', 'null_resource.a'];
    for (let i = 0; i < 5_000; i++) doc.resource.null_resource[`n${i}`] = { depends_on: [`null_resource.n${(i + 1) % 5_000}`] };
    clusterConfig.depends_on.push('null_resource.n0');
    checkDocument(doc);
  });

  test('references to missing resources and malformed interpolations', () => {
    const doc = clone();
    const cluster = firstOf(doc, 'azurerm_kubernetes_cluster');
    cluster.depends_on = ['azurerm_role_assignment.missing', 'module.x', 'data.azurerm_subnet.missing', 'not an address', '${'];
    cluster.bootstrap_profile = { artifact_source: 'Cache', container_registry_id: '${azurerm_container_registry.missing.id}' };
    cluster.default_node_pool.vnet_subnet_id = '${azurerm_subnet.missing.id}/${var.missing}${local.missing}';
    cluster.private_dns_zone_id = '${azurerm_private_dns_zone.missing';
    cluster.kubelet_identity.object_id = '${jsonencode({ a = "}" })}${';
    cluster.identity.identity_ids = ['$${not.an.expression}', '${var.loop}'];
    doc.variable = { loop: { default: '${var.loop}' } };
    doc.locals = { a: '${local.b}', b: '${local.a}' };
    cluster.node_os_upgrade_channel = '${local.a}';
    expect(checkDocument(doc).code).toBe(1);
  });

  test('huge file: 20,000 resources in one document finish quickly', () => {
    const file = write(hugeDocument(1_000, false));
    for (const format of ['text', 'sarif'] as const) {
      const r = run(['check', file, '--format', format], 10_000);
      expectContract(r, format);
      expect(r.ms).toBeLessThan(4_000);
    }
  });

  test('deeply nested values (1,000 levels) in a cluster, a subnet id, at the top', () => {
    const depth = 1_000;
    const deepArray = '['.repeat(depth) + '"${azurerm_subnet.x.id}"' + ']'.repeat(depth);
    const deepObject = '{"a":'.repeat(depth) + '"${var.x}"' + '}'.repeat(depth);
    for (const [where, value, place] of [
      ['a cluster attribute', deepObject, (d: Json) => (firstOf(d, 'azurerm_kubernetes_cluster').tags = '__DEEP__')],
      ['a node pool subnet id', deepArray, (d: Json) => (firstOf(d, 'azurerm_kubernetes_cluster').default_node_pool.vnet_subnet_id = '__DEEP__')],
      ['a top-level key', deepArray, (d: Json) => (d.terraform = '__DEEP__')],
    ] as Array<[string, string, (d: Json) => void]>) {
      expectContractWithDeepValue(where, place, value);
    }
  });

  // Found by this fuzzing (issue 7): a value nested 10,000 levels deep crashed the CLI with a RangeError
  // (recursive walkStrings, src/checks/model/values.ts).
  test('a value nested 10,000 levels deep in a cluster keeps the contract', () => {
    const doc = clone();
    firstOf(doc, 'azurerm_kubernetes_cluster').tags = '__DEEP__';
    const text = JSON.stringify(doc).replace('"__DEEP__"', '{"a":'.repeat(10_000) + '"x"' + '}'.repeat(10_000));
    expect(() => expectContract(run(['check', write(text)]))).not.toThrow();
  });

  test('values nested 100,000 levels deep where rules read and quote them (subnet, zone, registry sku, IP ranges, depends_on, a variable) keep the contract', () => {
    const depth = 100_000;
    const deepArray = '['.repeat(depth) + '"${var.x}"' + ']'.repeat(depth);
    const cluster = (d: Json) => firstOf(d, 'azurerm_kubernetes_cluster');
    for (const [where, place] of [
      ['a node pool subnet id', (d: Json) => (cluster(d).default_node_pool.vnet_subnet_id = '__DEEP__')],
      ['the private DNS zone id', (d: Json) => (cluster(d).private_dns_zone_id = '__DEEP__')],
      ['the registry sku', (d: Json) => (firstOf(d, 'azurerm_container_registry').sku = '__DEEP__')],
      ['authorized IP ranges', (d: Json) => (cluster(d).api_server_access_profile = { authorized_ip_ranges: '__DEEP__' })],
      ['depends_on', (d: Json) => (cluster(d).depends_on = '__DEEP__')],
      ['a variable default', (d: Json) => (d.variable = { x: { default: '__DEEP__' } })],
    ] as Array<[string, (d: Json) => void]>) {
      expectContractWithDeepValue(where, place, deepArray);
    }
  });

  // Found by this fuzzing: the message quoted the file's text with its newlines (src/checks/inputs/load-inputs.ts parse).
  test('"invalid JSON" of a multi-line file is a one-line error', () => {
    const r = run(['check', write('{\n  "resource": x\n}\n')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^${TOOL}: [^\\n]+\\n$`));
  });

  // Found by this fuzzing: NI-AKS-012 computed every cluster's transitive dependencies from scratch, so
  // 700 chained clusters took 2.5 s and 1,000 took 7 s (src/checks/model/terraform-document.ts).
  test('NI-AKS-012 stays about linear when clusters depend on each other: 14,000 resources, 700 chained clusters, under 1.4 s', () => {
    // The same document without the chain takes ~0.2 s (see "huge file"); the design target is 10,000 resources in 1 s.
    const r = run(['check', write(hugeDocument(700, true))], 30_000);
    expectContract(r);
    expect(r.ms).toBeLessThan(1_400);
  });

  test('non-UTF-8 bytes, byte order marks, UTF-16, NUL bytes, random bytes', () => {
    const valid = Buffer.from(JSON.stringify(example));
    const inString = Buffer.from(exampleText.replace('"westeurope"', '"west\u0000europe"'));
    const latin1 = Buffer.concat([Buffer.from('{"resource":{"azurerm_subnet":{"s":{"name":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0]), Buffer.from('"}}}}')]);
    for (const bytes of [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), valid]),
      Buffer.from(`\ufeff${exampleText}`, 'utf16le'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(exampleText, 'utf16le')]),
      latin1,
      inString,
      Buffer.from([0x00, 0x00, 0x00]),
      Buffer.from([0xc0, 0xaf, 0x7b, 0x7d]),
    ]) {
      checkDocument(bytes);
    }
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => expectContract(run(['check', write(Buffer.from(bytes))]))), { numRuns: 100 });
  });

  test('empty and whitespace files, non-documents, missing paths, directories without stacks, broken manifests', () => {
    const cases: Array<[string, () => string]> = [
      ['empty file', () => write('')],
      ['whitespace', () => write(' \n\t ')],
      ['"null"', () => write('null')],
      ['a number', () => write('42')],
      ['an array', () => write('[1,2]')],
      ['an object without Terraform keys', () => write({ hello: 'world' })],
      ['only metadata', () => write({ '//': { metadata: {} } })],
      ['a missing file', () => 'does-not-exist.json'],
      ['an empty directory', () => (fs.mkdirSync(path.join(dir, 'empty'), { recursive: true }), 'empty')],
      ['a directory without stacks', () => (write('x', 'nostacks/readme.txt'), 'nostacks')],
      ['a stacks dir with an empty stack', () => (fs.mkdirSync(path.join(dir, 'emptystack/stacks/a'), { recursive: true }), 'emptystack')],
      ['cdk.tf.json that is a directory', () => (fs.mkdirSync(path.join(dir, 'dirfile/stacks/a/cdk.tf.json'), { recursive: true }), 'dirfile')],
      ['a broken manifest', () => (write('{"stacks":', 'brokenmanifest/manifest.json'), 'brokenmanifest')],
      ['a manifest pointing at a missing file', () => (write({ stacks: { a: { name: 'a', synthesizedStackPath: 'stacks/a/cdk.tf.json' } } }, 'missingstack/manifest.json'), 'missingstack')],
      ['a manifest pointing at a directory', () => (write({ stacks: { a: { synthesizedStackPath: '.' } } }, 'dirstack/manifest.json'), 'dirstack')],
      ['a manifest with junk stacks', () => (write({ stacks: [1, null, { synthesizedStackPath: 5, name: {} }] }, 'junkmanifest/manifest.json'), 'junkmanifest')],
      ['a manifest with a stack name object', () => (write(example, 'named/stacks/a/cdk.tf.json'), write({ stacks: { a: { name: { x: 1 }, synthesizedStackPath: 'stacks/a/cdk.tf.json' } } }, 'named/manifest.json'), 'named')],
    ];
    for (const [what, setup] of cases) {
      const r = run(['check', setup()]);
      expectContract(r);
      expect({ what, code: r.code }).toEqual({ what, code: what === 'a manifest with a stack name object' ? 0 : 2 });
    }
  });

  test('property: any argument list is usage, a report or a one-line error', () => {
    const file = write(example, 'args/cdk.tf.json');
    const token = fc.constantFrom('check', 'chek', file, 'args', 'missing.json', '--format', '--format=json', '--format=sarif', '--format=', 'text', 'json', 'xml', '--output', '-o', 'args/out/report.txt', 'args', '--output=', '--fail-on-warnings', '--help', '-h', '--', '-x', '', '=', '--format=json=x');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 6 }), (args) => {
        const r = run(args);
        if (r.code === 2) expectContract(r);
        else {
          expect([0, 1]).toContain(r.code);
          expect(r.err).toBe('');
          expect(r.out.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
