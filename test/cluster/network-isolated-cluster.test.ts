import { AnnotationMetadataEntryType, Testing } from 'cdktf';
import {
  ApiServerAccess,
  ArtifactSource,
  AutomaticUpgradeChannel,
  IsolatedNetwork,
  IsolatedNodePool,
  KubernetesVersion,
  NetworkIsolatedCluster,
  NetworkIsolatedClusterProps,
  NetworkIsolationChecks,
  NodeOsUpgradeChannel,
  OutboundType,
  PrivateClusterDnsZone,
  PrivateRegistry,
} from '../../src';
import { STANDARD_SUPPORT_FLOOR_MINOR } from '../../src/cluster/cluster-validation';
import { addressAt, BARE_ADDRESS, newStack, onlyResource, refAt, RG, resourceAt, resourcesOf, synth } from '../helpers';

const ROLE = {
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
  managedIdentityOperator: 'f1a07417-d97a-45cb-824c-7a7467783830',
  networkContributor: '4d97b98b-1d4f-4787-a291-c67834d212e7',
  privateDnsZoneContributor: 'b12aa53e-6015-4669-85d0-8515ebb3ae7f',
};

function byoStack(extra: Partial<NetworkIsolatedClusterProps> = {}) {
  const stack = newStack();
  const network = new IsolatedNetwork(stack, 'Network', { ...RG, apiServerSubnet: true });
  const registry = new PrivateRegistry(stack, 'Registry', { ...RG, network });
  const cluster = new NetworkIsolatedCluster(stack, 'Aks', {
    ...RG,
    network,
    artifactSource: ArtifactSource.registry(registry),
    ...extra,
  });
  return { stack, network, registry, cluster };
}

function roleAssignment(json: any, id: string) {
  return resourceAt(json, 'azurerm_role_assignment', `Aks/${id}`);
}

describe('NetworkIsolatedCluster defaults (no optional props)', () => {
  const stack = newStack();
  new NetworkIsolatedCluster(stack, 'Aks', RG);
  const json = synth(stack);
  const cluster = onlyResource(json, 'azurerm_kubernetes_cluster');

  test('private API server without public FQDN or authorized ranges', () => {
    expect(cluster.private_cluster_enabled).toBe(true);
    expect(cluster.private_cluster_public_fqdn_enabled).toBe(false);
    expect(cluster.private_dns_zone_id).toBe('System');
    expect(cluster.api_server_access_profile).toBeUndefined();
  });

  test('outbound type none with the AKS-managed registry, ignoring the registry id Azure fills in', () => {
    expect(cluster.network_profile.outbound_type).toBe('none');
    expect(cluster.bootstrap_profile).toEqual({ artifact_source: 'Cache' });
    expect(cluster.lifecycle.ignore_changes).toEqual(['bootstrap_profile[0].container_registry_id']);
  });

  test('secure defaults: local accounts off, Entra ID + Azure RBAC, NodeImage, patch, CNI overlay with policy', () => {
    expect(cluster).toMatchObject({
      local_account_disabled: true,
      role_based_access_control_enabled: true,
      azure_active_directory_role_based_access_control: { azure_rbac_enabled: true },
      node_os_upgrade_channel: 'NodeImage',
      automatic_upgrade_channel: 'patch',
    });
    expect(cluster.network_profile).toMatchObject({
      network_plugin: 'azure',
      network_plugin_mode: 'overlay',
      network_policy: 'cilium',
      network_data_plane: 'cilium',
      service_cidr: '172.16.0.0/16',
      dns_service_ip: '172.16.0.10',
      pod_cidr: '192.168.0.0/16',
    });
    expect(cluster.kubernetes_version).toBeUndefined();
    expect(cluster.service_principal).toBeUndefined();
  });

  test('the OIDC issuer is set explicitly (on), so Azure fills nothing in on 1.34+', () => {
    expect(cluster.oidc_issuer_enabled).toBe(true);
  });

  test('the system pool sets every upgrade_settings field', () => {
    expect(cluster.default_node_pool.upgrade_settings).toEqual({ max_surge: '10%', drain_timeout_in_minutes: 30, node_soak_duration_in_minutes: 0 });
  });

  test('the system pool carries the CriticalAddonsOnly taint (only_critical_addons_enabled)', () => {
    expect(cluster.default_node_pool.only_critical_addons_enabled).toBe(true);
  });

  test('system pool across zones without public IPs, AKS-managed VNet', () => {
    expect(cluster.default_node_pool).toMatchObject({
      zones: ['1', '2', '3'],
      node_public_ip_enabled: false,
      only_critical_addons_enabled: true,
    });
    expect(cluster.default_node_pool.vnet_subnet_id).toBeUndefined();
  });

  test('two user-assigned identities: control plane and kubelet, with Managed Identity Operator', () => {
    expect(cluster.identity).toEqual({
      type: 'UserAssigned',
      identity_ids: [refAt(json, 'azurerm_user_assigned_identity', 'Aks/ControlPlaneIdentity')],
    });
    expect(cluster.kubelet_identity).toEqual({
      client_id: refAt(json, 'azurerm_user_assigned_identity', 'Aks/KubeletIdentity', 'client_id'),
      object_id: refAt(json, 'azurerm_user_assigned_identity', 'Aks/KubeletIdentity', 'principal_id'),
      user_assigned_identity_id: refAt(json, 'azurerm_user_assigned_identity', 'Aks/KubeletIdentity'),
    });
    const mio = roleAssignment(json, 'KubeletIdentityOperator');
    expect(mio.role_definition_id).toMatch(new RegExp(`roleDefinitions/${ROLE.managedIdentityOperator}$`));
    expect(mio.principal_id).toBe(refAt(json, 'azurerm_user_assigned_identity', 'Aks/ControlPlaneIdentity', 'principal_id'));
    expect(mio.scope).toBe(refAt(json, 'azurerm_user_assigned_identity', 'Aks/KubeletIdentity'));
    expect(Object.keys(resourcesOf(json, 'azurerm_role_assignment'))).toHaveLength(1);
    expect(cluster.depends_on).toEqual([addressAt(json, 'azurerm_role_assignment', 'Aks/KubeletIdentityOperator')]);
  });

  test('role definition ids are scoped to the current subscription', () => {
    expect(roleAssignment(json, 'KubeletIdentityOperator').role_definition_id).toBe(
      `/subscriptions/\${data.azurerm_client_config.IsolatedAksClientConfig.subscription_id}/providers/Microsoft.Authorization/roleDefinitions/${ROLE.managedIdentityOperator}`,
    );
  });
});

describe('NetworkIsolatedCluster with a BYO registry and VNet', () => {
  test('bootstrap from the registry, AcrPull for the kubelet, Network Contributor on the node subnet', () => {
    const json = synth(byoStack().stack);
    const cluster = onlyResource(json, 'azurerm_kubernetes_cluster');
    const acr = refAt(json, 'azurerm_container_registry', 'Registry/Registry');
    expect(cluster.bootstrap_profile).toEqual({ artifact_source: 'Cache', container_registry_id: acr });
    expect(cluster.lifecycle).toBeUndefined();
    expect(cluster.default_node_pool.vnet_subnet_id).toBe(refAt(json, 'azurerm_subnet', 'Network/NodeSubnet/Subnet'));

    const pull = roleAssignment(json, 'KubeletAcrPull');
    expect(pull.scope).toBe(acr);
    expect(pull.principal_id).toBe(refAt(json, 'azurerm_user_assigned_identity', 'Aks/KubeletIdentity', 'principal_id'));
    expect(pull.role_definition_id).toMatch(new RegExp(`${ROLE.acrPull}$`));
    const net = roleAssignment(json, 'NodeSubnetNetworkContributor');
    expect(net.scope).toBe(refAt(json, 'azurerm_subnet', 'Network/NodeSubnet/Subnet'));
    expect(net.role_definition_id).toMatch(new RegExp(`${ROLE.networkContributor}$`));
  });

  test('depends_on every role assignment, the private endpoint, the DNS link, the cache rule and the NSG wiring', () => {
    const json = synth(byoStack().stack);
    const dependsOn: string[] = onlyResource(json, 'azurerm_kubernetes_cluster').depends_on;
    for (const address of Object.keys(resourcesOf(json, 'azurerm_role_assignment'))) {
      expect(dependsOn).toContain(`azurerm_role_assignment.${address}`);
    }
    expect(dependsOn).toEqual(
      expect.arrayContaining([
        addressAt(json, 'azurerm_private_endpoint', 'Registry/PrivateEndpoint'),
        addressAt(json, 'azurerm_private_dns_zone_virtual_network_link', 'Registry/PrivateDnsZoneLink'),
        addressAt(json, 'azurerm_container_registry_cache_rule', 'Registry/McrCacheRule'),
        addressAt(json, 'azurerm_subnet_network_security_group_association', 'Network/NodeSubnet/SecurityGroupAssociation'),
      ]),
    );
  });

  test('every depends_on entry of the cluster and its pools is a bare address, never "${...}" (terraform rejects the configuration)', () => {
    const { stack, cluster } = byoStack();
    cluster.addNodePool('Gpu', { name: 'gpu', subnet: { id: 'gpu-subnet-id', addressPrefix: '10.240.8.0/24' } });
    const json = synth(stack);
    const entries: string[] = [
      ...onlyResource(json, 'azurerm_kubernetes_cluster').depends_on,
      ...onlyResource(json, 'azurerm_kubernetes_cluster_node_pool').depends_on,
    ];
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) expect(entry).toMatch(BARE_ADDRESS);
  });

  test('an existing registry by id gets AcrPull, or Repository Reader in ABAC mode', () => {
    const registryId = '/subscriptions/s/resourceGroups/r/providers/Microsoft.ContainerRegistry/registries/shared';
    for (const [abac, role] of [[false, ROLE.acrPull], [true, 'b93aa761-3e63-49ed-ac28-beffa264f7ac']] as const) {
      const { stack } = byoStack({ artifactSource: ArtifactSource.registryId(registryId, { abacRepositoryPermissions: abac }) });
      const json = synth(stack);
      expect(onlyResource(json, 'azurerm_kubernetes_cluster').bootstrap_profile.container_registry_id).toBe(registryId);
      const pull = roleAssignment(json, 'KubeletAcrPull');
      expect(pull.scope).toBe(registryId);
      expect(pull.role_definition_id).toMatch(new RegExp(`${role}$`));
    }
  });

  test('adopted identities are used as given and no identity is created', () => {
    const cp = { id: 'cp-id', principalId: 'cp-principal', clientId: 'cp-client' };
    const kubelet = { id: 'k-id', principalId: 'k-principal', clientId: 'k-client' };
    const { stack, cluster } = byoStack({ controlPlaneIdentity: cp, kubeletIdentity: kubelet });
    const json = synth(stack);
    expect(resourcesOf(json, 'azurerm_user_assigned_identity')).toEqual({});
    expect(cluster.controlPlaneIdentity).toBeUndefined();
    expect(onlyResource(json, 'azurerm_kubernetes_cluster').kubelet_identity).toEqual({
      client_id: 'k-client',
      object_id: 'k-principal',
      user_assigned_identity_id: 'k-id',
    });
    expect(roleAssignment(json, 'KubeletIdentityOperator')).toMatchObject({ principal_id: 'cp-principal', scope: 'k-id' });
  });
});

describe('API server access modes', () => {
  test('VNet integration: delegated subnet, Network Contributor on it, still private', () => {
    const json = synth(byoStack({ apiServerAccess: ApiServerAccess.vnetIntegration() }).stack);
    const cluster = onlyResource(json, 'azurerm_kubernetes_cluster');
    const subnet = refAt(json, 'azurerm_subnet', 'Network/ApiServerSubnet/Subnet');
    expect(cluster.api_server_access_profile).toEqual({ virtual_network_integration_enabled: true, subnet_id: subnet });
    expect(cluster.private_cluster_enabled).toBe(true);
    expect(cluster.private_cluster_public_fqdn_enabled).toBe(false);
    expect(roleAssignment(json, 'ApiServerSubnetNetworkContributor').scope).toBe(subnet);
  });

  test('VNet integration on the AKS-managed VNet: integration on, no subnet id, no subnet role', () => {
    const stack = newStack();
    new NetworkIsolatedCluster(stack, 'Aks', { ...RG, apiServerAccess: ApiServerAccess.vnetIntegration() });
    const json = synth(stack);
    const cluster = onlyResource(json, 'azurerm_kubernetes_cluster');
    expect(cluster.api_server_access_profile).toEqual({ virtual_network_integration_enabled: true });
    expect(cluster.private_cluster_enabled).toBe(true);
    expect(() => roleAssignment(json, 'ApiServerSubnetNetworkContributor')).toThrow(/found 0/);
  });

  test('VNet integration on the AKS-managed VNet combines with blockPreview, and the rule pack accepts it', () => {
    const stack = newStack();
    NetworkIsolationChecks.of(stack);
    new NetworkIsolatedCluster(stack, 'Aks', {
      ...RG,
      apiServerAccess: ApiServerAccess.vnetIntegration(),
      outboundType: OutboundType.blockPreview({ acknowledgePreview: true }),
    });
    const json = synth(stack);
    expect(onlyResource(json, 'azurerm_kubernetes_cluster').api_server_access_profile).toEqual({ virtual_network_integration_enabled: true });
    expect(onlyResource(json, 'azapi_update_resource').body).toEqual({ properties: { networkProfile: { outboundType: 'block' } } });
    const errors = stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === AnnotationMetadataEntryType.ERROR);
    expect(errors).toEqual([]);
  });

  test('VNet integration with an explicit subnet', () => {
    const json = synth(byoStack({ apiServerAccess: ApiServerAccess.vnetIntegration({ subnet: { id: 'api-subnet' } }) }).stack);
    expect(onlyResource(json, 'azurerm_kubernetes_cluster').api_server_access_profile.subnet_id).toBe('api-subnet');
  });

  test('private link with a custom zone grants Private DNS Zone Contributor', () => {
    const zone = '/subscriptions/s/resourceGroups/dns/providers/Microsoft.Network/privateDnsZones/privatelink.westeurope.azmk8s.io';
    const json = synth(byoStack({ apiServerAccess: ApiServerAccess.privateLink({ privateDnsZone: PrivateClusterDnsZone.fromZoneId(zone) }) }).stack);
    expect(onlyResource(json, 'azurerm_kubernetes_cluster').private_dns_zone_id).toBe(zone);
    const grant = roleAssignment(json, 'PrivateDnsZoneContributor');
    expect(grant.scope).toBe(zone);
    expect(grant.role_definition_id).toMatch(new RegExp(`${ROLE.privateDnsZoneContributor}$`));
  });

  test('private link with zone None', () => {
    const json = synth(byoStack({ apiServerAccess: ApiServerAccess.privateLink({ privateDnsZone: PrivateClusterDnsZone.NONE }) }).stack);
    expect(onlyResource(json, 'azurerm_kubernetes_cluster').private_dns_zone_id).toBe('None');
    expect(() => roleAssignment(json, 'PrivateDnsZoneContributor')).toThrow(/found 0/);
  });
});

describe('outbound type block (preview)', () => {
  function blockStack() {
    const stack = newStack();
    const cluster = new NetworkIsolatedCluster(stack, 'Aks', { ...RG, outboundType: OutboundType.blockPreview({ acknowledgePreview: true }) });
    return { stack, cluster };
  }

  test('creates the cluster with none and switches it to block through azapi, without azurerm drift', () => {
    const { stack } = blockStack();
    const json = synth(stack);
    const cluster = onlyResource(json, 'azurerm_kubernetes_cluster');
    expect(cluster.network_profile.outbound_type).toBe('none');
    expect(cluster.lifecycle.ignore_changes).toEqual(['bootstrap_profile[0].container_registry_id', 'network_profile[0].outbound_type']);
    const update = onlyResource(json, 'azapi_update_resource');
    expect(update.type).toMatch(/^Microsoft\.ContainerService\/managedClusters@\d{4}-\d{2}-\d{2}-preview$/);
    expect(update.resource_id).toBe(refAt(json, 'azurerm_kubernetes_cluster', 'Aks/Cluster'));
    expect(update.body).toEqual({ properties: { networkProfile: { outboundType: 'block' } } });
    expect(json.terraform.required_providers.azapi).toEqual({ source: 'Azure/azapi', version: '~> 2.0' });
    expect(json.provider.azapi).toBeDefined();
  });

  test('warns at synth that block is a preview', () => {
    const { stack } = blockStack();
    Testing.synth(stack, true);
    const warnings = stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === AnnotationMetadataEntryType.WARN);
    expect(warnings.map((w) => w.data)).toEqual([expect.stringMatching(/outboundType "block" is an AKS preview/)]);
  });

  test('renders to HCL', () => {
    const { stack } = blockStack();
    const hcl = Testing.synthHcl(stack, true);
    expect(hcl).toMatch(/resource "azapi_update_resource"/);
    expect(hcl).toMatch(/outboundType = "block"/);
  });
});

describe('node pools', () => {
  test('addNodePool: Linux, no public IP, in the node subnet, namespaced id', () => {
    const { stack, cluster } = byoStack();
    const pool = cluster.addNodePool('Gpu', { name: 'gpu', vmSize: 'Standard_NC6s_v3', minCount: 0, maxCount: 4, nodeTaints: ['sku=gpu:NoSchedule'] });
    expect(pool.node.path).toBe('test/Aks/Gpu');
    const json = synth(stack);
    expect(onlyResource(json, 'azurerm_kubernetes_cluster_node_pool')).toMatchObject({
      name: 'gpu',
      os_type: 'Linux',
      mode: 'User',
      node_public_ip_enabled: false,
      auto_scaling_enabled: true,
      min_count: 0,
      max_count: 4,
      node_taints: ['sku=gpu:NoSchedule'],
      vnet_subnet_id: refAt(json, 'azurerm_subnet', 'Network/NodeSubnet/Subnet'),
      kubernetes_cluster_id: refAt(json, 'azurerm_kubernetes_cluster', 'Aks/Cluster'),
    });
  });

  test('a pool in its own subnet: Network Contributor on that subnet, before the pool and the cluster', () => {
    const { stack, cluster } = byoStack();
    cluster.addNodePool('Gpu', { name: 'gpu', subnet: { id: 'gpu-subnet-id', addressPrefix: '10.240.8.0/24' } });
    const json = synth(stack);
    const grant = resourceAt(json, 'azurerm_role_assignment', 'Aks/Gpu/SubnetNetworkContributor');
    expect(grant.scope).toBe('gpu-subnet-id');
    expect(grant.role_definition_id).toMatch(new RegExp(`${ROLE.networkContributor}$`));
    const address = addressAt(json, 'azurerm_role_assignment', 'Aks/Gpu/SubnetNetworkContributor');
    expect(onlyResource(json, 'azurerm_kubernetes_cluster_node_pool').depends_on).toEqual([address]);
    expect(onlyResource(json, 'azurerm_kubernetes_cluster').depends_on).toContain(address);
  });

  test('a user pool sets every upgrade_settings field', () => {
    const { stack, cluster } = byoStack();
    cluster.addNodePool('Work', { name: 'work' });
    const pool = onlyResource(synth(stack), 'azurerm_kubernetes_cluster_node_pool');
    expect(pool.upgrade_settings).toEqual({ max_surge: '10%', drain_timeout_in_minutes: 30, node_soak_duration_in_minutes: 0 });
  });

  test('a user pool inherits the cluster tags and merges its own over them', () => {
    const { stack, cluster } = byoStack({ tags: { env: 'prod', owner: 'platform' } });
    cluster.addNodePool('Plain', { name: 'plain' });
    cluster.addNodePool('Own', { name: 'own', tags: { owner: 'team-a', cost: '42' } });
    const json = synth(stack);
    expect(resourceAt(json, 'azurerm_kubernetes_cluster_node_pool', 'Aks/Plain/NodePool').tags).toEqual({ env: 'prod', owner: 'platform' });
    expect(resourceAt(json, 'azurerm_kubernetes_cluster_node_pool', 'Aks/Own/NodePool').tags).toEqual({ env: 'prod', owner: 'team-a', cost: '42' });
  });

  test('a user pool of an untagged cluster gets its own tags, or none', () => {
    const { stack, cluster } = byoStack();
    cluster.addNodePool('Plain', { name: 'plain' });
    cluster.addNodePool('Own', { name: 'own', tags: { cost: '42' } });
    const json = synth(stack);
    expect(resourceAt(json, 'azurerm_kubernetes_cluster_node_pool', 'Aks/Plain/NodePool').tags).toBeUndefined();
    expect(resourceAt(json, 'azurerm_kubernetes_cluster_node_pool', 'Aks/Own/NodePool').tags).toEqual({ cost: '42' });
  });

  test('new IsolatedNodePool(cluster, ...) is the same as addNodePool: registered, validated, same address', () => {
    const { stack, cluster } = byoStack();
    const pool = new IsolatedNodePool(cluster, 'Direct', { name: 'direct' });
    expect(cluster.nodePools).toEqual([pool]);
    pool.nodePool.addOverride('os_type', 'Windows');
    expect(() => Testing.synth(stack, true)).toThrow(/test\/Aks\/Direct\/NodePool: azurerm_kubernetes_cluster_node_pool os_type must be Linux/);
  });

  test('default pool name is valid', () => {
    const { stack, cluster } = byoStack();
    cluster.addNodePool('AVeryLongNodePoolConstructIdIndeed');
    expect(onlyResource(synth(stack), 'azurerm_kubernetes_cluster_node_pool').name).toMatch(/^[a-z][a-z0-9]{0,11}$/);
  });
});

describe('other choices', () => {
  test('kubernetesVersion, channels and admin groups pass through', () => {
    const stack = newStack();
    new NetworkIsolatedCluster(stack, 'Aks', {
      ...RG,
      kubernetesVersion: KubernetesVersion.of('1.32'),
      nodeOsUpgradeChannel: NodeOsUpgradeChannel.NONE,
      automaticUpgradeChannel: AutomaticUpgradeChannel.STABLE,
      adminGroupObjectIds: ['group-1'],
    });
    const cluster = onlyResource(synth(stack), 'azurerm_kubernetes_cluster');
    expect(cluster).toMatchObject({ kubernetes_version: '1.32', node_os_upgrade_channel: 'None', automatic_upgrade_channel: 'stable' });
    expect(cluster.azure_active_directory_role_based_access_control.admin_group_object_ids).toEqual(['group-1']);
  });

  test('a pinned patch version synthesizes with a warning', () => {
    const stack = newStack();
    const cluster = new NetworkIsolatedCluster(stack, 'Aks', { ...RG, kubernetesVersion: KubernetesVersion.of(`1.${STANDARD_SUPPORT_FLOOR_MINOR}.2`) });
    expect(cluster.node.metadata.map((m) => m.data)).toEqual([expect.stringMatching(/pins a patch version/)]);
  });
});
