// Baseline: the same stack as deep-imports.ts (the resources and attributes of examples/byo-acr-private-link,
// written by hand, no construct library), but importing the provider through its barrel
// (`import * as azurerm from '@cdktf/provider-azurerm'`), which loads all ~1,500 resource modules.
// Construct ids are the logical ids our constructs produce, so bench/run.js can check the documents are equal.
// Keep in sync with the example: `npm run bench` fails the equivalence check when they drift.
import * as azurerm from '@cdktf/provider-azurerm';
import { App, Fn, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { benchOutdir, STACK_ID } from '../common/outdir';

const ROLE = {
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
  managedIdentityOperator: 'f1a07417-d97a-45cb-824c-7a7467783830',
  networkContributor: '4d97b98b-1d4f-4787-a291-c67834d212e7',
};
const ZONES = ['1', '2', '3'];
// What our node pools write for every pool: ephemeral OS disk on the VM's cache, no host encryption, and
// every upgrade_settings field.
const NODE_POOL_DEFAULTS = {
  osDiskType: 'Ephemeral',
  osDiskSizeGb: 128,
  hostEncryptionEnabled: false,
  upgradeSettings: { maxSurge: '10%', drainTimeoutInMinutes: 30, nodeSoakDurationInMinutes: 0 },
};

class BarrelImportStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new azurerm.provider.AzurermProvider(this, 'azurerm', { features: [{}] });
    const client = new azurerm.dataAzurermClientConfig.DataAzurermClientConfig(this, 'IsolatedAksClientConfig', {});
    const rg = new azurerm.resourceGroup.ResourceGroup(this, 'ResourceGroup', { name: 'rg-isolated-aks-byo', location: 'westeurope' });
    const where = { resourceGroupName: rg.name, location: rg.location };

    const vnet = new azurerm.virtualNetwork.VirtualNetwork(this, 'Network_VirtualNetwork_F0072DD6', {
      ...where,
      name: 'ref-Network-vnet-02579011',
      addressSpace: ['10.240.0.0/16'],
    });
    const subnet = (ids: { subnet: string; nsg: string; deny: string; assoc: string }, part: string, hash: string, prefix: string) => {
      const sn = new azurerm.subnet.Subnet(this, ids.subnet, {
        name: `ref-Network-${part}-snet-${hash}`,
        resourceGroupName: rg.name,
        virtualNetworkName: vnet.name,
        addressPrefixes: [prefix],
        defaultOutboundAccessEnabled: false,
      });
      const nsg = new azurerm.networkSecurityGroup.NetworkSecurityGroup(this, ids.nsg, { ...where, name: `ref-Network-${part}-nsg-${hash}` });
      const deny = new azurerm.networkSecurityRule.NetworkSecurityRule(this, ids.deny, {
        name: 'DenyInternetOutbound',
        description: 'Network isolation: no egress to the Internet (overrides the built-in AllowInternetOutBound).',
        resourceGroupName: rg.name,
        networkSecurityGroupName: nsg.name,
        priority: 4096,
        direction: 'Outbound',
        access: 'Deny',
        protocol: '*',
        sourcePortRange: '*',
        destinationPortRange: '*',
        sourceAddressPrefix: '*',
        destinationAddressPrefix: 'Internet',
      });
      const assoc = new azurerm.subnetNetworkSecurityGroupAssociation.SubnetNetworkSecurityGroupAssociation(this, ids.assoc, { subnetId: sn.id, networkSecurityGroupId: nsg.id });
      return { sn, deny, assoc };
    };
    const nodes = subnet(
      {
        subnet: 'Network_NodeSubnet_22A7268A',
        nsg: 'Network_NodeSubnet_SecurityGroup_05A8D48E',
        deny: 'Network_NodeSubnet_DenyInternetOutbound_857AD8F6',
        assoc: 'Network_NodeSubnet_SecurityGroupAssociation_024867C7',
      },
      'NodeSubnet',
      '5986be30',
      '10.240.0.0/22',
    );
    const endpoints = subnet(
      {
        subnet: 'Network_PrivateEndpointSubnet_80118F8F',
        nsg: 'Network_PrivateEndpointSubnet_SecurityGroup_1C4A9F12',
        deny: 'Network_PrivateEndpointSubnet_DenyInternetOutbound_E4EAD02B',
        assoc: 'Network_PrivateEndpointSubnet_SecurityGroupAssociation_014C38D8',
      },
      'PrivateEndpointSubnet',
      'b0584654',
      '10.240.4.0/24',
    );

    const acr = new azurerm.containerRegistry.ContainerRegistry(this, 'Registry_54D97553', {
      ...where,
      // Globally unique, computed by Terraform from the subscription, resource group and construct path.
      name: `refregistry${Fn.substr(Fn.sha1(Fn.join('/', [client.subscriptionId, rg.name, 'ref/Registry'])), 0, 12)}`,
      sku: 'Premium',
      publicNetworkAccessEnabled: false,
      adminEnabled: false,
      anonymousPullEnabled: false,
      dataEndpointEnabled: true,
      networkRuleBypassOption: 'None',
      quarantinePolicyEnabled: false,
      zoneRedundancyEnabled: false,
    });
    const cacheRule = new azurerm.containerRegistryCacheRule.ContainerRegistryCacheRule(this, 'Registry_McrCacheRule_209A5830', {
      name: 'aks-managed-mcr',
      containerRegistryId: acr.id,
      sourceRepo: 'mcr.microsoft.com/*',
      targetRepo: 'aks-managed-repository/*',
    });
    const zone = new azurerm.privateDnsZone.PrivateDnsZone(this, 'Registry_PrivateDnsZone_236D0C28', {
      name: 'privatelink.azurecr.io',
      resourceGroupName: rg.name,
    });
    const link = new azurerm.privateDnsZoneVirtualNetworkLink.PrivateDnsZoneVirtualNetworkLink(this, 'Registry_PrivateDnsZoneLink_A8B675C8', {
      name: 'ref-Registry-link-8753d526',
      resourceGroupName: rg.name,
      privateDnsZoneName: zone.name,
      virtualNetworkId: vnet.id,
      registrationEnabled: false,
    });
    const endpoint = new azurerm.privateEndpoint.PrivateEndpoint(this, 'Registry_PrivateEndpoint_69C59874', {
      ...where,
      name: 'ref-Registry-pe-8753d526',
      subnetId: endpoints.sn.id,
      privateServiceConnection: {
        name: 'registry',
        privateConnectionResourceId: acr.id,
        subresourceNames: ['registry'],
        isManualConnection: false,
      },
      privateDnsZoneGroup: { name: 'registry', privateDnsZoneIds: [zone.id] },
      dependsOn: [link],
    });

    const controlPlane = new azurerm.userAssignedIdentity.UserAssignedIdentity(this, 'Aks_ControlPlaneIdentity_B97206E3', {
      ...where,
      name: 'ref-Aks-cp-7a62357d',
    });
    const kubelet = new azurerm.userAssignedIdentity.UserAssignedIdentity(this, 'Aks_KubeletIdentity_77FCD2D2', {
      ...where,
      name: 'ref-Aks-kubelet-7a62357d',
    });
    const grant = (id: string, principalId: string, role: string, scope: string, description: string) =>
      new azurerm.roleAssignment.RoleAssignment(this, id, {
        scope,
        roleDefinitionId: `/subscriptions/${client.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${role}`,
        principalId,
        principalType: 'ServicePrincipal',
        skipServicePrincipalAadCheck: true,
        description,
      });
    const roles = [
      grant('Aks_KubeletIdentityOperator_909AFD56', controlPlane.principalId, ROLE.managedIdentityOperator, kubelet.id, 'Managed Identity Operator for ref/Aks'),
      grant('Aks_KubeletAcrPull_E9AFC557', kubelet.principalId, ROLE.acrPull, acr.id, 'AcrPull for ref/Aks'),
      grant('Aks_NodeSubnetNetworkContributor_7BA32774', controlPlane.principalId, ROLE.networkContributor, nodes.sn.id, 'Network Contributor for ref/Aks'),
    ];

    const cluster = new azurerm.kubernetesCluster.KubernetesCluster(this, 'Aks_Cluster_7D128823', {
      ...where,
      name: 'ref-Aks-aks-7a62357d',
      dnsPrefix: 'ref-Aks-7a62357d',
      skuTier: 'Free',
      supportPlan: 'KubernetesOfficial',
      oidcIssuerEnabled: true,
      automaticUpgradeChannel: 'patch',
      nodeOsUpgradeChannel: 'NodeImage',
      localAccountDisabled: true,
      roleBasedAccessControlEnabled: true,
      azureActiveDirectoryRoleBasedAccessControl: { azureRbacEnabled: true },
      privateClusterEnabled: true,
      privateClusterPublicFqdnEnabled: false,
      privateDnsZoneId: 'System',
      bootstrapProfile: { artifactSource: 'Cache', containerRegistryId: acr.id },
      identity: { type: 'UserAssigned', identityIds: [controlPlane.id] },
      kubeletIdentity: { clientId: kubelet.clientId, objectId: kubelet.principalId, userAssignedIdentityId: kubelet.id },
      defaultNodePool: {
        name: 'system',
        temporaryNameForRotation: 'systemtmp',
        vmSize: 'Standard_D4ds_v5',
        nodeCount: 3,
        autoScalingEnabled: false,
        zones: ZONES,
        onlyCriticalAddonsEnabled: true,
        nodePublicIpEnabled: false,
        vnetSubnetId: nodes.sn.id,
        ...NODE_POOL_DEFAULTS,
      },
      storageProfile: { diskDriverEnabled: true, snapshotControllerEnabled: true, fileDriverEnabled: false, blobDriverEnabled: false },
      networkProfile: {
        networkPlugin: 'azure',
        networkPluginMode: 'overlay',
        networkPolicy: 'cilium',
        networkDataPlane: 'cilium',
        outboundType: 'none',
        loadBalancerSku: 'standard',
        serviceCidr: '172.16.0.0/16',
        dnsServiceIp: '172.16.0.10',
        podCidr: '192.168.0.0/16',
      },
      dependsOn: [...roles, cacheRule, endpoint, link, nodes.assoc, nodes.deny, endpoints.assoc, endpoints.deny],
    });
    new azurerm.kubernetesClusterNodePool.KubernetesClusterNodePool(this, 'Aks_Workload_NodePool_BDB430BF', {
      name: 'workload',
      kubernetesClusterId: cluster.id,
      mode: 'User',
      osType: 'Linux',
      vmSize: 'Standard_D4ds_v5',
      autoScalingEnabled: true,
      minCount: 1,
      maxCount: 5,
      zones: ZONES,
      ...NODE_POOL_DEFAULTS,
      nodePublicIpEnabled: false,
      vnetSubnetId: nodes.sn.id,
    });
  }
}

const app = new App({ outdir: benchOutdir() });
new BarrelImportStack(app, STACK_ID);
app.synth();
