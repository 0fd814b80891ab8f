import { NetworkIsolatedCluster, NetworkIsolatedClusterProps, OsDiskType } from '../../src';
import { newStack, onlyResource, RG, synth } from '../helpers';

function build(props: Partial<NetworkIsolatedClusterProps> = {}) {
  const stack = newStack();
  const cluster = new NetworkIsolatedCluster(stack, 'Aks', { ...RG, ...props });
  return { stack, cluster };
}

describe('OS disks', () => {
  test('the default VM size gets an ephemeral 128 GiB OS disk on the system pool and user pools', () => {
    const { stack, cluster } = build();
    cluster.addNodePool('Work', { name: 'work' });
    const json = synth(stack);
    const system = onlyResource(json, 'azurerm_kubernetes_cluster').default_node_pool;
    const pool = onlyResource(json, 'azurerm_kubernetes_cluster_node_pool');
    for (const p of [system, pool]) expect(p).toMatchObject({ vm_size: 'Standard_D4ds_v5', os_disk_type: 'Ephemeral', os_disk_size_gb: 128 });
  });

  test('a VM size without a known local disk gets a managed OS disk', () => {
    const { stack } = build({ systemNodePool: { vmSize: 'Standard_D4s_v5' } });
    expect(onlyResource(synth(stack), 'azurerm_kubernetes_cluster').default_node_pool.os_disk_type).toBe('Managed');
  });

  test('an OS disk larger than the local disk falls back to managed', () => {
    const { stack } = build({ systemNodePool: { osDiskSizeGb: 200 } });
    expect(onlyResource(synth(stack), 'azurerm_kubernetes_cluster').default_node_pool).toMatchObject({ os_disk_type: 'Managed', os_disk_size_gb: 200 });
  });

  test('an explicit managed OS disk is kept on a size that could be ephemeral', () => {
    const { stack } = build({ systemNodePool: { osDiskType: OsDiskType.MANAGED } });
    expect(onlyResource(synth(stack), 'azurerm_kubernetes_cluster').default_node_pool.os_disk_type).toBe('Managed');
  });

  test('an explicit ephemeral OS disk that does not fit the local disk is refused', () => {
    expect(() => build({ systemNodePool: { osDiskType: OsDiskType.EPHEMERAL, osDiskSizeGb: 200 } })).toThrow(
      /test\/Aks: systemNodePool.osDiskType "Ephemeral" does not fit: Standard_D4ds_v5 has a 150 GiB local disk and osDiskSizeGb is 200.*Fix: set osDiskSizeGb to 150 or less/,
    );
  });

  test('an OS disk size out of range is refused', () => {
    const { cluster } = build();
    expect(() => cluster.addNodePool('P', { osDiskSizeGb: 10 })).toThrow(/test\/Aks\/P: osDiskSizeGb 10 is not a valid OS disk size/);
  });
});

describe('disk encryption', () => {
  test('host encryption is off unless asked for, on every pool', () => {
    const { stack, cluster } = build({ systemNodePool: { hostEncryption: true } });
    cluster.addNodePool('Plain', { name: 'plain' });
    const json = synth(stack);
    expect(onlyResource(json, 'azurerm_kubernetes_cluster').default_node_pool.host_encryption_enabled).toBe(true);
    expect(onlyResource(json, 'azurerm_kubernetes_cluster_node_pool').host_encryption_enabled).toBe(false);
  });

  test('a disk encryption set id passes through', () => {
    const des = '/subscriptions/s/resourceGroups/r/providers/Microsoft.Compute/diskEncryptionSets/des';
    expect(onlyResource(synth(build({ diskEncryptionSetId: des }).stack), 'azurerm_kubernetes_cluster').disk_encryption_set_id).toBe(des);
  });

  test('no disk encryption set by default', () => {
    expect(onlyResource(synth(build().stack), 'azurerm_kubernetes_cluster').disk_encryption_set_id).toBeUndefined();
  });
});
