// A compliant network isolated stack written with raw provider resources only (no constructs of this
// package), to test the checks on what a user writes by hand.
import { ContainerRegistry } from '@cdktf/provider-azurerm/lib/container-registry';
import { ContainerRegistryCacheRule } from '@cdktf/provider-azurerm/lib/container-registry-cache-rule';
import { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { PrivateDnsZoneVirtualNetworkLink } from '@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { SubnetNetworkSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/subnet-network-security-group-association';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { App, TerraformStack, Testing } from 'cdktf';

const rg = { resourceGroupName: 'rg', location: 'westeurope' };

const denyInternet = {
  name: 'deny-internet-outbound',
  priority: 4096,
  direction: 'Outbound',
  access: 'Deny',
  protocol: '*',
  sourcePortRange: '*',
  destinationPortRange: '*',
  sourceAddressPrefix: '*',
  destinationAddressPrefix: 'Internet',
};

/** A subnet with default outbound access off and an NSG denying outbound Internet. */
function isolatedSubnet(stack: TerraformStack, id: string, vnet: VirtualNetwork, prefix: string): Subnet {
  const subnet = new Subnet(stack, id, {
    name: id,
    resourceGroupName: 'rg',
    virtualNetworkName: vnet.name,
    addressPrefixes: [prefix],
    defaultOutboundAccessEnabled: false,
  });
  const nsg = new NetworkSecurityGroup(stack, `${id}-nsg`, { name: `${id}-nsg`, ...rg, securityRule: [denyInternet] });
  new SubnetNetworkSecurityGroupAssociation(stack, `${id}-nsg-association`, { subnetId: subnet.id, networkSecurityGroupId: nsg.id });
  return subnet;
}

/** The resources of a raw compliant stack; the cluster is returned for escape-hatch tests. */
export function addRawIsolatedCluster(stack: TerraformStack): KubernetesCluster {
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const vnet = new VirtualNetwork(stack, 'vnet', { name: 'vnet', ...rg, addressSpace: ['10.10.0.0/16'] });
  const nodes = isolatedSubnet(stack, 'nodes', vnet, '10.10.0.0/22');
  const endpoints = isolatedSubnet(stack, 'endpoints', vnet, '10.10.4.0/24');
  const cp = new UserAssignedIdentity(stack, 'cp', { name: 'cp', ...rg });
  const kubelet = new UserAssignedIdentity(stack, 'kubelet', { name: 'kubelet', ...rg });
  const acr = new ContainerRegistry(stack, 'acr', {
    name: 'acr',
    ...rg,
    sku: 'Premium',
    publicNetworkAccessEnabled: false,
    adminEnabled: false,
    anonymousPullEnabled: false,
    dataEndpointEnabled: true,
    networkRuleBypassOption: 'None',
  });
  const cacheRule = new ContainerRegistryCacheRule(stack, 'mcr', {
    name: 'aks-managed-mcr',
    containerRegistryId: acr.id,
    sourceRepo: 'mcr.microsoft.com/*',
    targetRepo: 'aks-managed-repository/*',
  });
  const zone = new PrivateDnsZone(stack, 'zone', { name: 'privatelink.azurecr.io', resourceGroupName: 'rg' });
  const link = new PrivateDnsZoneVirtualNetworkLink(stack, 'link', {
    name: 'acr',
    resourceGroupName: 'rg',
    privateDnsZoneName: zone.name,
    virtualNetworkId: vnet.id,
    registrationEnabled: false,
  });
  const endpoint = new PrivateEndpoint(stack, 'acr-pe', {
    name: 'acr-pe',
    ...rg,
    subnetId: endpoints.id,
    privateServiceConnection: { name: 'acr', privateConnectionResourceId: acr.id, subresourceNames: ['registry'], isManualConnection: false },
    privateDnsZoneGroup: { name: 'acr', privateDnsZoneIds: [zone.id] },
  });
  const grant = (id: string, roleDefinitionName: string, scope: string, principalId: string) =>
    new RoleAssignment(stack, id, { scope, roleDefinitionName, principalId });
  const roles = [
    grant('acr-pull', 'AcrPull', acr.id, kubelet.principalId),
    grant('mio', 'Managed Identity Operator', kubelet.id, cp.principalId),
    grant('nodes-nc', 'Network Contributor', nodes.id, cp.principalId),
  ];
  return new KubernetesCluster(stack, 'cluster', {
    name: 'aks',
    ...rg,
    dnsPrefix: 'aks',
    privateClusterEnabled: true,
    bootstrapProfile: { artifactSource: 'Cache', containerRegistryId: acr.id },
    defaultNodePool: { name: 'system', vmSize: 'Standard_D4ds_v5', vnetSubnetId: nodes.id },
    identity: { type: 'UserAssigned', identityIds: [cp.id] },
    kubeletIdentity: { clientId: kubelet.clientId, objectId: kubelet.principalId, userAssignedIdentityId: kubelet.id },
    networkProfile: { networkPlugin: 'azure', networkPluginMode: 'overlay', outboundType: 'none' },
    storageProfile: { fileDriverEnabled: false },
    dependsOn: [...roles, cacheRule, endpoint, link],
  });
}

/** A testing app with one raw compliant stack named `stack`. */
export function rawIsolatedStack(): { app: App; stack: TerraformStack; cluster: KubernetesCluster } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'stack');
  const cluster = addRawIsolatedCluster(stack);
  return { app, stack, cluster };
}
