// Foreign-language smoke test: drives the packed assembly through the jsii kernel (@jsii/runtime), the same
// process a Python, Java, C# or Go program talks to, with plain JSON values only (structs as $jsii.struct,
// choices through static factories and constants). Fixtures: scripts/fetch-jsii-runtime.js (.cache/jsii-kernel).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { KernelClient, KernelError, ObjRef, struct } from './kernel-client';
import { ensurePackaged } from './packaged';

interface KernelFixtures {
  runtime: { version: string; entry: string };
  dependencies: { name: string; version: string; tarball: string }[];
  packageCacheRoot: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareKernelFixtures } = require('../../scripts/fetch-jsii-runtime') as { prepareKernelFixtures(): KernelFixtures };

const LIB = 'cdktf-isolated-aks';
const AZURERM = '@cdktf/provider-azurerm';

let kernel: KernelClient;
let runtimeVersion: string;
let outdir: string;

beforeAll(async () => {
  // GIVEN the runtime, our npm tarball and its jsii dependencies, loaded once for this file
  // (the provider's assembly is the slow part: ~88 MB of type information)
  const fixtures = prepareKernelFixtures();
  const packaged = ensurePackaged();
  runtimeVersion = fixtures.runtime.version;
  kernel = await KernelClient.start(fixtures.runtime.entry, { JSII_RUNTIME_PACKAGE_CACHE_ROOT: fixtures.packageCacheRoot });
  for (const dep of fixtures.dependencies) await kernel.load(dep.name, dep.version, dep.tarball);
  const loaded = await kernel.load(packaged.name, packaged.version, packaged.tarball);
  expect(loaded).toEqual({ assembly: LIB, types: expect.any(Number) });
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsii-kernel-smoke-'));
}, 120_000);

afterAll(async () => {
  await kernel?.close();
  if (outdir) fs.rmSync(outdir, { recursive: true, force: true });
});

/** An App writing into the temp dir, a stack and the azurerm provider, as a foreign program would create them. */
async function newStack(stackId: string): Promise<{ app: ObjRef; stack: ObjRef }> {
  const app = await kernel.create('cdktf.App', [struct('cdktf.AppConfig', { outdir: path.join(outdir, stackId) })]);
  const stack = await kernel.create('cdktf.TerraformStack', [app, stackId]);
  await kernel.create(`${AZURERM}.provider.AzurermProvider`, [
    stack,
    'azurerm',
    struct(`${AZURERM}.provider.AzurermProviderConfig`, { features: [struct(`${AZURERM}.provider.AzurermProviderFeatures`, {})] }),
  ]);
  return { app, stack };
}

function clusterProps(data: Record<string, unknown>): unknown {
  return struct(`${LIB}.NetworkIsolatedClusterProps`, { resourceGroupName: 'rg-aks', location: 'westeurope', ...data });
}

test('the kernel is the @jsii/runtime the generated bindings require', () => {
  expect(kernel.hello).toBe(`@jsii/runtime@${runtimeVersion}`);
});

test('a NetworkIsolatedCluster built from plain JSON props synthesizes an isolated cluster', async () => {
  // GIVEN a stack, and the typed choices taken from static factories and constants
  const { app, stack } = await newStack('aks');
  const apiServerAccess = await kernel.sinvoke(`${LIB}.ApiServerAccess`, 'privateLink');
  const artifactSource = await kernel.sinvoke(`${LIB}.ArtifactSource`, 'aksManaged');
  const outboundType = await kernel.sget(`${LIB}.OutboundType`, 'NONE');
  const kubernetesVersion = await kernel.sget(`${LIB}.KubernetesVersion`, 'V1_31');
  expect(await kernel.get(outboundType, 'value')).toBe('none');

  // WHEN
  const cluster = await kernel.create(`${LIB}.NetworkIsolatedCluster`, [
    stack,
    'cluster',
    clusterProps({ apiServerAccess, artifactSource, outboundType, kubernetesVersion }),
  ]);
  await kernel.invoke(app, 'synth');

  // THEN the escape hatch is a typed provider object, and the Terraform JSON is the isolated cluster
  expect((await kernel.get(cluster, 'cluster'))['$jsii.byref']).toMatch(
    new RegExp(`^${AZURERM}\\.kubernetesCluster\\.KubernetesCluster@`),
  );
  const tf = JSON.parse(fs.readFileSync(path.join(outdir, 'aks', 'stacks', 'aks', 'cdk.tf.json'), 'utf8'));
  const clusters = Object.values(tf.resource.azurerm_kubernetes_cluster) as any[];
  expect(clusters).toHaveLength(1);
  const [aks] = clusters;
  expect(aks).toMatchObject({
    private_cluster_enabled: true,
    private_cluster_public_fqdn_enabled: false,
    local_account_disabled: true,
    kubernetes_version: '1.31',
    network_profile: { outbound_type: 'none' },
    bootstrap_profile: { artifact_source: 'Cache' },
  });
});

test('bad input surfaces as a kernel error with the construct path and the prop', async () => {
  // GIVEN a version older than network isolated clusters support, through the escape-hatch factory
  const { stack } = await newStack('bad');
  const kubernetesVersion = await kernel.sinvoke(`${LIB}.KubernetesVersion`, 'of', ['1.29']);

  // WHEN / THEN the constructor throws, and the foreign client sees the message
  const create = kernel.create(`${LIB}.NetworkIsolatedCluster`, [stack, 'cluster', clusterProps({ kubernetesVersion })]);
  await expect(create).rejects.toThrow(KernelError);
  await expect(create).rejects.toThrow('bad/cluster: kubernetesVersion "1.29"');
});
