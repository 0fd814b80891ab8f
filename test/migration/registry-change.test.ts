import { ArtifactSource, IsolatedNetwork, NetworkIsolatedCluster, PrivateRegistry } from '../../src';
import { replacementManifest } from '../examples/replacement-attributes';
import { newStack, RG, synth } from '../helpers';
import { changedPaths, clusterOf } from './migration-stacks';

// Changing the BYO registry of an isolated cluster (rotation, another registry): supported in place. azurerm updates
// bootstrap_profile.container_registry_id without replacement (not ForceNew), and AKS accepts another Cache registry
// (`az aks update --bootstrap-container-registry-resource-id`); the kubelet identity's AcrPull on the new registry is
// created first. Nodes pull from the new registry after their next node image upgrade: keep the old one until then.
function isolatedCluster(registryId: 'A' | 'B') {
  const stack = newStack('rotate');
  const network = new IsolatedNetwork(stack, 'Network', RG);
  const registries = {
    A: new PrivateRegistry(stack, 'Registry', { ...RG, network, name: 'isolatedaksregistrya1' }),
    B: new PrivateRegistry(stack, 'RegistryB', { ...RG, network, name: 'isolatedaksregistryb2' }),
  };
  new NetworkIsolatedCluster(stack, 'Aks', { ...RG, network, artifactSource: ArtifactSource.registry(registries[registryId]) });
  return synth(stack);
}

describe('changing the BYO registry of an isolated cluster', () => {
  const a = isolatedCluster('A');
  const b = isolatedCluster('B');

  test('changes only the registry id and the ordering of the cluster, in place', () => {
    const diff = changedPaths(clusterOf(a).config, clusterOf(b).config);
    expect(diff).toEqual(['bootstrap_profile.container_registry_id', 'depends_on']);
    expect(replacementManifest(b)[clusterOf(b).address]).toEqual(replacementManifest(a)[clusterOf(a).address]);
  });

  test('the new registry is wired before the cluster uses it', () => {
    const deps: string[] = clusterOf(b).config.depends_on;
    expect(deps.some((d) => /^azurerm_private_endpoint\.RegistryB_/.test(d))).toBe(true);
    expect(deps.some((d) => /^azurerm_container_registry_cache_rule\.RegistryB_/.test(d))).toBe(true);
  });
});
