import { NOT_APPLICABLE } from '../../../src/checks/rule';
import { acrPullRole } from '../../../src/checks/rules/acr-pull-role';
import { kubeletIdentity } from '../../../src/checks/rules/kubelet-identity';
import { managedIdentityOperatorRole } from '../../../src/checks/rules/managed-identity-operator-role';
import { networkContributorRole } from '../../../src/checks/rules/network-contributor-role';
import { noServicePrincipal } from '../../../src/checks/rules/no-service-principal';
import { privateDnsZoneContributorRole } from '../../../src/checks/rules/private-dns-zone-contributor-role';
import { userAssignedIdentity } from '../../../src/checks/rules/user-assigned-identity';
import { A, at, Json, put, ref, remove } from '../fixtures';
import { describeRule, expectAllDescribed } from '../rule-cases';

const cluster = (d: Json) => at(d, A.cluster);
const noCluster = (d: Json) => remove(d, 'azurerm_kubernetes_cluster', 'azurerm_kubernetes_cluster_node_pool');
const customZone = '/subscriptions/0000/resourceGroups/hub/providers/Microsoft.Network/privateDnsZones/privatelink.westeurope.azmk8s.io';
const cpPrincipal = ref('azurerm_user_assigned_identity.cp', 'principal_id');
const registryFn = '${format("%s/providers/Microsoft.ContainerRegistry/registries/acr", var.rg_id)}';
/** The cluster's registry id and the AcrPull scope as given expressions (variables, functions: not knowable at synth). */
const registryIdAndAcrPullScope = (registryId: string, scope: string) => (d: Json) => {
  cluster(d).bootstrap_profile.container_registry_id = registryId;
  at(d, A.acrPull).scope = scope;
};
/** The node subnet of both pools and its Network Contributor scope as given expressions. */
const nodeSubnetAndScope = (subnetId: string, scope: string) => (d: Json) => {
  cluster(d).default_node_pool.vnet_subnet_id = subnetId;
  at(d, A.pool).vnet_subnet_id = subnetId;
  at(d, A.nodesNc).scope = scope;
};
/** A custom private DNS zone id and a Private DNS Zone Contributor assignment on `scope`. */
const zoneAndScope = (zoneId: string, scope: string) => (d: Json) => {
  cluster(d).private_dns_zone_id = zoneId;
  put(d, 'azurerm_role_assignment.dns', { scope, role_definition_name: 'Private DNS Zone Contributor', principal_id: cpPrincipal });
};

const described = [
  describeRule(noServicePrincipal, [
    { when: 'service principal block', mutate: (d) => (cluster(d).service_principal = { client_id: 'x', client_secret: 'y' }), expect: [A.cluster], message: /service_principal/ },
    { when: 'neither identity nor service principal', mutate: (d) => delete cluster(d).identity, expect: [A.cluster], message: /no identity block/ },
    { when: 'no cluster', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeRule(userAssignedIdentity, [
    { when: 'SystemAssigned', mutate: (d) => (cluster(d).identity = [{ type: 'SystemAssigned' }]), expect: [A.cluster], message: /"SystemAssigned"; allowed: "UserAssigned"/ },
    { when: 'no cluster', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeRule(kubeletIdentity, [
    { when: 'no kubelet identity', mutate: (d) => delete cluster(d).kubelet_identity, expect: [A.cluster], message: /kubelet_identity/ },
    {
      when: 'AKS-managed registry (no container_registry_id) and no kubelet identity: AKS grants the pull',
      mutate: (d) => {
        delete cluster(d).kubelet_identity;
        delete cluster(d).bootstrap_profile.container_registry_id;
      },
      expect: NOT_APPLICABLE,
    },
    { when: 'kubelet identity without object_id', mutate: (d) => delete cluster(d).kubelet_identity.object_id, expect: [A.cluster], message: /missing object_id/ },
    { when: 'no cluster', mutate: noCluster, expect: NOT_APPLICABLE },
  ]),
  describeRule(acrPullRole, [
    {
      when: 'AcrPull by role name at the resource group (by reference)',
      mutate: (d) => {
        at(d, A.registry).resource_group_name = ref('azurerm_resource_group.rg', 'name');
        Object.assign(at(d, A.acrPull), { scope: ref('azurerm_resource_group.rg'), role_definition_name: 'AcrPull' });
        delete at(d, A.acrPull).role_definition_id;
      },
      expect: [],
    },
    {
      when: 'Container Registry Repository Reader (ABAC registry)',
      mutate: (d) => (at(d, A.acrPull).role_definition_id = '/providers/Microsoft.Authorization/roleDefinitions/b93aa761-3e63-49ed-ac28-beffa264f7ac'),
      expect: [],
    },
    {
      when: 'role from a data.azurerm_role_definition by name',
      mutate: (d) => {
        d.data.azurerm_role_definition = { acr_pull: { name: 'AcrPull' } };
        at(d, A.acrPull).role_definition_id = '${data.azurerm_role_definition.acr_pull.id}';
      },
      expect: [],
    },
    { when: 'registry id from a variable, AcrPull on that same variable', mutate: registryIdAndAcrPullScope('${var.registry_id}', '${var.registry_id}'), expect: [] },
    { when: 'registry id from a function expression, AcrPull on that same expression', mutate: registryIdAndAcrPullScope(registryFn, registryFn), expect: [] },
    {
      when: 'registry id from a variable, AcrPull on another variable',
      mutate: registryIdAndAcrPullScope('${var.registry_id}', '${var.other_registry_id}'),
      expect: [A.cluster],
      message: /AcrPull .* on the registry "\$\{var\.registry_id\}"/,
    },
    { when: 'registry id from a variable, AcrPull on the fixture registry', mutate: registryIdAndAcrPullScope('${var.registry_id}', ref(A.registry)), expect: [A.cluster] },
    { when: 'no AcrPull assignment', mutate: (d) => remove(d, A.acrPull), expect: [A.cluster], message: /AcrPull .* kubelet identity on the registry azurerm_container_registry\.acr/ },
    { when: 'AcrPull granted to the control plane instead', mutate: (d) => (at(d, A.acrPull).principal_id = cpPrincipal), expect: [A.cluster] },
    { when: 'wrong role on the registry', mutate: (d) => (at(d, A.acrPull).role_definition_name = 'Reader', delete at(d, A.acrPull).role_definition_id), expect: [A.cluster] },
    { when: 'AKS-managed registry (no container_registry_id)', mutate: (d) => delete cluster(d).bootstrap_profile.container_registry_id, expect: NOT_APPLICABLE },
  ]),
  describeRule(managedIdentityOperatorRole, [
    { when: 'no Managed Identity Operator assignment', mutate: (d) => remove(d, A.mio), expect: [A.cluster], message: /Managed Identity Operator .* control-plane identity/ },
    { when: 'granted to the kubelet identity itself', mutate: (d) => (at(d, A.mio).principal_id = ref('azurerm_user_assigned_identity.kubelet', 'principal_id')), expect: [A.cluster] },
    { when: 'no kubelet identity', mutate: (d) => delete cluster(d).kubelet_identity, expect: NOT_APPLICABLE },
  ]),
  describeRule(networkContributorRole, [
    {
      when: 'granted on the VNet (by reference) covers the subnet',
      mutate: (d) => (at(d, A.nodesNc).scope = ref(A.vnet)),
      expect: [],
    },
    {
      when: 'literal subnet id covered by a literal resource group scope',
      mutate: (d) => {
        const subnet = '/subscriptions/s/resourceGroups/spoke/providers/Microsoft.Network/virtualNetworks/v/subnets/nodes';
        cluster(d).default_node_pool.vnet_subnet_id = subnet;
        at(d, A.pool).vnet_subnet_id = subnet;
        at(d, A.nodesNc).scope = '/subscriptions/s/resourceGroups/SPOKE';
      },
      expect: [],
    },
    { when: 'subnet id from a variable, Network Contributor on that same variable', mutate: nodeSubnetAndScope('${var.nodes_subnet_id}', '${var.nodes_subnet_id}'), expect: [] },
    {
      when: 'subnet id from a function expression, Network Contributor on that same expression',
      mutate: nodeSubnetAndScope('${format("%s/subnets/nodes", var.vnet_id)}', '${format("%s/subnets/nodes", var.vnet_id)}'),
      expect: [],
    },
    {
      when: 'subnet id from a variable, Network Contributor on another variable',
      mutate: nodeSubnetAndScope('${var.nodes_subnet_id}', '${var.vnet_id}'),
      expect: [A.cluster],
      message: /subnet "\$\{var\.nodes_subnet_id\}"/,
    },
    { when: 'no Network Contributor', mutate: (d) => remove(d, A.nodesNc), expect: [A.cluster], message: /subnet azurerm_subnet\.nodes/ },
    {
      when: 'API server subnet without Network Contributor',
      mutate: (d) => {
        put(d, 'azurerm_subnet.apiserver', { name: 'apiserver', virtual_network_name: ref(A.vnet, 'name'), default_outbound_access_enabled: false });
        cluster(d).api_server_access_profile = { virtual_network_integration_enabled: true, subnet_id: ref('azurerm_subnet.apiserver') };
      },
      expect: [A.cluster],
      message: /azurerm_subnet\.apiserver/,
    },
    {
      when: 'no BYO subnet (managed VNet)',
      mutate: (d) => {
        delete cluster(d).default_node_pool.vnet_subnet_id;
        delete at(d, A.pool).vnet_subnet_id;
      },
      expect: NOT_APPLICABLE,
    },
  ]),
  describeRule(privateDnsZoneContributorRole, [
    {
      when: 'custom zone with Private DNS Zone Contributor',
      mutate: (d) => {
        cluster(d).private_dns_zone_id = customZone;
        put(d, 'azurerm_role_assignment.dns', { scope: customZone, role_definition_name: 'Private DNS Zone Contributor', principal_id: cpPrincipal });
      },
      expect: [],
    },
    { when: 'custom zone without the role', mutate: (d) => (cluster(d).private_dns_zone_id = customZone), expect: [A.cluster], message: /Private DNS Zone Contributor/ },
    { when: 'zone id from a variable, the role on that same variable', mutate: zoneAndScope('${var.zone_id}', '${var.zone_id}'), expect: [] },
    {
      when: 'zone id from a variable, the role on another variable',
      mutate: zoneAndScope('${var.zone_id}', '${var.other_zone_id}'),
      expect: [A.cluster],
      message: /private DNS zone "\$\{var\.zone_id\}"/,
    },
    { when: 'zone None', mutate: (d) => (cluster(d).private_dns_zone_id = 'None'), expect: NOT_APPLICABLE },
    { when: 'zone not set (System)', mutate: (d) => delete cluster(d).private_dns_zone_id, expect: NOT_APPLICABLE },
  ]),
];

expectAllDescribed('NI-IAM', described);
