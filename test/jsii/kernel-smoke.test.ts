// Foreign-language smoke test: drives the packed assembly through the jsii kernel (@jsii/runtime), the same
// process a Python, Java, C# or Go program talks to, with plain JSON values only (structs as $jsii.struct,
// choices through static factories and constants). Fixtures: scripts/fetch-jsii-runtime.js (.cache/jsii-kernel).
import { KernelError, ObjRef, struct } from './kernel-client';
import { AZURERM, closeKernelSession, KernelSession, LIB, newApp, newProviderStack, stackJson, startKernelSession } from './kernel-session';

let session: KernelSession;

beforeAll(async () => {
  // GIVEN the runtime, our npm tarball and its jsii dependencies, loaded once for this file
  // (the provider's assembly is the slow part: ~88 MB of type information)
  session = await startKernelSession('jsii-kernel-smoke');
  expect(session.loaded).toEqual({ assembly: LIB, types: expect.any(Number) });
}, 120_000);

afterAll(() => closeKernelSession(session));

/** An App writing into the temp dir, a stack and the azurerm provider, as a foreign program would create them. */
async function newStack(stackId: string): Promise<{ app: ObjRef; stack: ObjRef }> {
  const app = await newApp(session, stackId);
  return { app, stack: await newProviderStack(session, app, stackId) };
}

function clusterProps(data: Record<string, unknown>): unknown {
  return struct(`${LIB}.NetworkIsolatedClusterProps`, { resourceGroupName: 'rg-aks', location: 'westeurope', ...data });
}

test('the kernel is the @jsii/runtime the generated bindings require', () => {
  expect(session.kernel.hello).toBe(`@jsii/runtime@${session.runtimeVersion}`);
});

test('a NetworkIsolatedCluster built from plain JSON props synthesizes an isolated cluster', async () => {
  // GIVEN a stack, and the typed choices taken from static factories and constants
  const { app, stack } = await newStack('aks');
  const apiServerAccess = await session.kernel.sinvoke(`${LIB}.ApiServerAccess`, 'privateLink');
  const artifactSource = await session.kernel.sinvoke(`${LIB}.ArtifactSource`, 'aksManaged');
  const outboundType = await session.kernel.sget(`${LIB}.OutboundType`, 'NONE');
  const kubernetesVersion = await session.kernel.sget(`${LIB}.KubernetesVersion`, 'V1_31');
  expect(await session.kernel.get(outboundType, 'value')).toBe('none');

  // WHEN
  const cluster = await session.kernel.create(`${LIB}.NetworkIsolatedCluster`, [
    stack,
    'cluster',
    clusterProps({ apiServerAccess, artifactSource, outboundType, kubernetesVersion }),
  ]);
  await session.kernel.invoke(app, 'synth');

  // THEN the escape hatch is a typed provider object, and the Terraform JSON is the isolated cluster
  expect((await session.kernel.get(cluster, 'cluster'))['$jsii.byref']).toMatch(
    new RegExp(`^${AZURERM}\\.kubernetesCluster\\.KubernetesCluster@`),
  );
  const tf = stackJson(session, 'aks', 'aks');
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
  const kubernetesVersion = await session.kernel.sinvoke(`${LIB}.KubernetesVersion`, 'of', ['1.29']);

  // WHEN / THEN the constructor throws, and the foreign client sees the message
  const create = session.kernel.create(`${LIB}.NetworkIsolatedCluster`, [stack, 'cluster', clusterProps({ kubernetesVersion })]);
  await expect(create).rejects.toThrow(KernelError);
  await expect(create).rejects.toThrow('bad/cluster: kubernetesVersion "1.29"');
});
