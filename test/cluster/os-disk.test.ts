import { NetworkIsolatedCluster, NetworkIsolatedClusterProps, OsDiskType } from '../../src';
import { ROLE_IDS } from '../../src/internal/built-in-role-ids';
import { addressAt, newStack, onlyResource, refAt, resourceAt, resourcesOf, RG, synth } from '../helpers';

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

  describe('Reader for the control-plane identity on the disk encryption set', () => {
    const des = '/subscriptions/des-sub/resourceGroups/r/providers/Microsoft.Compute/diskEncryptionSets/des';
    const json = synth(build({ diskEncryptionSetId: des }).stack);
    const grant = resourceAt(json, 'azurerm_role_assignment', 'Aks/DiskEncryptionSetReader');

    test('the Reader GUID is the built-in Reader role', () => expect(ROLE_IDS.reader).toBe('acdd72a7-3385-48ef-bd42-f606fba81ae7'));
    test('scoped to the set', () => expect(grant.scope).toBe(des));
    test('Reader, in the subscription of the set', () =>
      expect(grant.role_definition_id).toBe(`/subscriptions/des-sub/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.reader}`));
    test('for the control-plane identity', () =>
      expect(grant.principal_id).toBe(refAt(json, 'azurerm_user_assigned_identity', 'Aks/ControlPlaneIdentity', 'principal_id')));
    test('before the cluster (depends_on)', () =>
      expect(onlyResource(json, 'azurerm_kubernetes_cluster').depends_on).toContain(addressAt(json, 'azurerm_role_assignment', 'Aks/DiskEncryptionSetReader')));
    test('an adopted control-plane identity gets the grant too', () => {
      const controlPlaneIdentity = { id: '/subscriptions/s/resourceGroups/r/providers/Microsoft.ManagedIdentity/userAssignedIdentities/cp', principalId: 'cp-principal', clientId: 'cp-client' };
      const adopted = synth(build({ diskEncryptionSetId: des, controlPlaneIdentity }).stack);
      expect(resourceAt(adopted, 'azurerm_role_assignment', 'Aks/DiskEncryptionSetReader').principal_id).toBe('cp-principal');
    });
  });

  test('no Reader grant without a disk encryption set', () => {
    const assignments = Object.values(resourcesOf(synth(build().stack), 'azurerm_role_assignment')) as Array<{ role_definition_id: string }>;
    expect(assignments.some((a) => a.role_definition_id.endsWith(ROLE_IDS.reader))).toBe(false);
  });
});
