import { IsolatedNetwork, MigrationStage, MigrationTarget, ClusterMigration, OutboundType, PrivateRegistry, ArtifactSource } from '../../src';
import { runChecks } from '../../src/checks/engine';
import { ExistingCluster } from '../../examples/migrate-existing-cluster/existing-cluster';
import { REPLACEMENT_ATTRIBUTES, replacementManifest } from '../examples/replacement-attributes';
import { newStack, onlyResource, resourcesOf, RG, synth } from '../helpers';
import { changedPaths, clusterOf, migrationJson, migrationStack } from './migration-stacks';

const { ARTIFACT_CACHE, REIMAGE_NODES, ISOLATED } = MigrationStage;
const before = migrationJson();
const stage1 = migrationJson(ARTIFACT_CACHE);
const stage2 = migrationJson(REIMAGE_NODES);
const stage3 = migrationJson(ISOLATED);
const MARKER = '//.isolatedAksMigration.migrationStage';

function actions(json: any): any[] {
  return Object.values(resourcesOf(json, 'azapi_resource_action'));
}

describe('ClusterMigration on your own KubernetesCluster', () => {
  test('stage 1 sets artifact source Cache, keeps the outbound type, and ignores the AKS-managed registry id', () => {
    const { config } = clusterOf(stage1);
    expect(config.bootstrap_profile).toEqual({ artifact_source: 'Cache' });
    expect(config.network_profile.outbound_type).toBe('loadBalancer');
    expect(config.lifecycle.ignore_changes).toEqual(['bootstrap_profile[0].container_registry_id']);
    expect(actions(stage1)).toEqual([]);
  });

  test('stage 2 adds one node image upgrade per pool, after the cluster update', () => {
    const { address } = clusterOf(stage2);
    expect(actions(stage2)).toEqual([
      expect.objectContaining({
        type: 'Microsoft.ContainerService/managedClusters/agentPools@2025-10-01',
        resource_id: `\${${address}.id}/agentPools/\${${address}.default_node_pool[0].name}`,
        action: 'upgradeNodeImageVersion',
        method: 'POST',
        depends_on: [address],
      }),
    ]);
  });

  test('stage 3 sets outbound type none and leaves the node image upgrade unchanged (it ran once, at stage 2)', () => {
    expect(clusterOf(stage3).config.network_profile.outbound_type).toBe('none');
    expect(actions(stage3)).toEqual(actions(stage2));
  });

  test('the cluster keeps its address through every stage', () => {
    const address = clusterOf(before).address;
    expect([stage1, stage2, stage3].map((j) => clusterOf(j).address)).toEqual([address, address, address]);
  });

  test('each stage changes only what its step needs (cluster attributes, against the previous stage)', () => {
    const diff = (a: any, b: any) => changedPaths(clusterOf(a).config, clusterOf(b).config).filter((p) => !p.startsWith('//.metadata'));
    expect(diff(before, stage1)).toEqual(['//.isolatedAksMigration', 'bootstrap_profile', 'lifecycle']);
    expect(diff(stage1, stage2)).toEqual([MARKER]);
    expect(diff(stage2, stage3)).toEqual(['//.isolatedAksMigration', 'network_profile.outbound_type']);
  });

  test('no stage changes an attribute that forces replacement (committed manifest of ForceNew attributes)', () => {
    expect(REPLACEMENT_ATTRIBUTES.azurerm_kubernetes_cluster).toContain('private_cluster_enabled');
    const forced = (json: any) => replacementManifest(json)[clusterOf(json).address];
    for (const [a, b] of [[before, stage1], [stage1, stage2], [stage2, stage3]]) expect(forced(b)).toEqual(forced(a));
    // Every other resource of the existing configuration is untouched too.
    const existingOthers = Object.keys(replacementManifest(before)).filter((k) => k.startsWith('azurerm_') && !k.startsWith('azurerm_kubernetes_cluster.'));
    const pick = (json: any) => existingOthers.map((k) => [k, replacementManifest(json)[k]]);
    expect(pick(stage3)).toEqual(pick(before));
  });

  test('records the stage for the checks until the cluster is isolated', () => {
    expect(clusterOf(stage1).config['//'].isolatedAksMigration).toEqual({ migrationStage: 1 });
    expect(clusterOf(stage2).config['//'].isolatedAksMigration).toEqual({ migrationStage: 2 });
    expect(clusterOf(stage3).config['//'].isolatedAksMigration).toBeUndefined();
  });
});

describe('the checks know the stage', () => {
  const outbound = (json: any) => runChecks([{ stack: 's', document: json }]).findings.filter((f) => f.ruleId === 'NI-AKS-004');

  test('before the migration the outbound type is an error', () => {
    expect(outbound(before).map((f) => f.severity)).toEqual(['error']);
  });

  test.each([
    [1, stage1],
    [2, stage2],
  ])('at stage %i it is reported as expected (info), naming the stage', (stage, json) => {
    const [f] = outbound(json);
    expect(f).toMatchObject({ severity: 'info', expected: expect.stringContaining(`stage ${stage} of 3`) });
  });

  test('at stage 3 it is gone because the cluster is isolated', () => {
    expect(outbound(stage3)).toEqual([]);
  });

  test('a marker on a cluster with a non-isolated outbound type only downgrades NI-AKS-004, nothing else', () => {
    const json = JSON.parse(JSON.stringify(stage1));
    clusterOf(json).config.private_cluster_enabled = false;
    const errors = runChecks([{ stack: 's', document: json }]).findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
    expect(errors).toContain('NI-AKS-001');
  });
});

describe('bad input', () => {
  test('a public cluster is refused: private_cluster_enabled forces replacement, the message gives the in-place path', () => {
    expect(() => migrationStack(ARTIFACT_CACHE, {}, (c) => (c.privateClusterEnabled = false))).toThrow(
      /Migration: the cluster migrate\/Existing\/Cluster has a public API server.*forces replacement.*az aks update --enable-private-cluster.*https:\/\/learn\.microsoft\.com\/azure\/aks\/api-server-vnet-integration/,
    );
  });

  test('kubenet is refused with the CNI Overlay upgrade as the fix', () => {
    expect(() => migrationStack(ARTIFACT_CACHE, {}, (c) => (c.networkProfile.networkPlugin = 'kubenet'))).toThrow(
      /network_profile\.network_plugin of migrate\/Existing\/Cluster is "kubenet".*Azure CNI Overlay first \(https:\/\/learn\.microsoft\.com\/azure\/aks\/azure-cni-overlay\)/,
    );
  });

  test('your own registry without kubeletPrincipalId is refused', () => {
    expect(() => migrationStack(ARTIFACT_CACHE, { artifactSource: ArtifactSource.registryId('/subscriptions/s/resourceGroups/r/providers/Microsoft.ContainerRegistry/registries/acr') })).toThrow(
      /kubeletPrincipalId is missing/,
    );
  });

  test('block on your own subnet is refused; an unacknowledged block preview is refused', () => {
    expect(() => migrationStack(ISOLATED, { outboundType: OutboundType.blockPreview({ acknowledgePreview: true }) })).toThrow(/"block" works only on the AKS-managed VNet/);
    expect(() => migrationStack(ISOLATED, { outboundType: OutboundType.blockPreview({ acknowledgePreview: false }) })).toThrow(/is a preview; pass OutboundType.blockPreview\(\{ acknowledgePreview: true \}\)/);
  });

  test('stages are cumulative and ordered', () => {
    expect(MigrationStage.all().map((s) => s.number)).toEqual([1, 2, 3]);
    expect(ISOLATED.includes(REIMAGE_NODES)).toBe(true);
    expect(ARTIFACT_CACHE.includes(REIMAGE_NODES)).toBe(false);
  });
});

describe('with your own registry', () => {
  test('AcrPull for the kubelet identity and the registry wiring precede the cluster update', () => {
    const stack = newStack();
    const network = new IsolatedNetwork(stack, 'Network', RG);
    const registry = new PrivateRegistry(stack, 'Registry', { ...RG, network });
    const existing = new ExistingCluster(stack, 'Existing');
    new ClusterMigration(stack, 'Migration', {
      target: MigrationTarget.kubernetesCluster(existing.cluster),
      stage: ARTIFACT_CACHE,
      artifactSource: ArtifactSource.registry(registry),
      kubeletPrincipalId: '11111111-1111-1111-1111-111111111111',
    });
    const json = synth(stack);
    const { config } = clusterOf(json);
    expect(config.bootstrap_profile).toEqual({ artifact_source: 'Cache', container_registry_id: expect.stringMatching(/^\$\{azurerm_container_registry\..+\.id\}$/) });
    expect(config.lifecycle).toBeUndefined();
    const roles = Object.entries<any>(resourcesOf(json, 'azurerm_role_assignment')).filter(([, r]) => r.principal_id === '11111111-1111-1111-1111-111111111111');
    expect(roles).toHaveLength(1);
    expect(roles[0][1].role_definition_id).toMatch(/7f951dda-4ed3-4680-a7ca-43fe172d538d$/);
    expect(config.depends_on).toEqual(
      expect.arrayContaining([
        `azurerm_role_assignment.${roles[0][0]}`,
        expect.stringMatching(/^azurerm_private_endpoint\./),
        expect.stringMatching(/^azurerm_private_dns_zone_virtual_network_link\./),
        expect.stringMatching(/^azurerm_container_registry_cache_rule\./),
      ]),
    );
    for (const entry of config.depends_on) expect(entry).not.toMatch(/\$\{/);
  });
});

describe('a cluster created elsewhere, by id', () => {
  const CLUSTER = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks';
  function byId(stage: MigrationStage) {
    const stack = newStack();
    new ClusterMigration(stack, 'Migration', { target: MigrationTarget.clusterId(CLUSTER, { agentPoolNames: ['system', 'apps'] }), stage });
    return synth(stack);
  }

  test('stage 1 updates only the bootstrap profile through azapi_update_resource', () => {
    expect(onlyResource(byId(ARTIFACT_CACHE), 'azapi_update_resource')).toMatchObject({
      type: 'Microsoft.ContainerService/managedClusters@2025-10-01',
      resource_id: CLUSTER,
      body: { properties: { bootstrapProfile: { artifactSource: 'Cache' } } },
    });
  });

  test('stage 2 reimages every named pool; stage 3 adds outbound type none to the same update', () => {
    expect(actions(byId(REIMAGE_NODES)).map((a) => a.resource_id)).toEqual([`${CLUSTER}/agentPools/system`, `${CLUSTER}/agentPools/apps`]);
    expect(onlyResource(byId(ISOLATED), 'azapi_update_resource').body).toEqual({
      properties: { bootstrapProfile: { artifactSource: 'Cache' }, networkProfile: { outboundType: 'none' } },
    });
  });
});
