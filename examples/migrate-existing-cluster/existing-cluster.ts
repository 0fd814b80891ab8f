// The cluster a platform team already runs, written with plain azurerm resources as they have it today: a
// private cluster on Azure CNI Overlay with user-assigned identities, in its own VNet, egress through the
// load balancer and node images pulled directly from mcr.microsoft.com. Nothing here is from cdktf-isolated-aks.
import { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { SubnetNetworkSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/subnet-network-security-group-association';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { Construct } from 'constructs';

const RG = 'rg-payments-aks';
const LOCATION = 'westeurope';
const SUBSCRIPTION = '00000000-0000-0000-0000-000000000003';
const role = (guid: string) => `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;

/** The existing cluster and what it needs (as the user wrote it, before the migration). */
export class ExistingCluster extends Construct {
  /** The cluster the migration changes in place. */
  public readonly cluster: KubernetesCluster;
  /** The node subnet's NSG (stage 3 adds the explicit outbound Internet deny to it). */
  public readonly nodesNsg: NetworkSecurityGroup;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const vnet = new VirtualNetwork(this, 'Vnet', { name: 'vnet-payments', resourceGroupName: RG, location: LOCATION, addressSpace: ['10.40.0.0/16'] });
    const nodes = new Subnet(this, 'Nodes', {
      name: 'snet-nodes',
      resourceGroupName: RG,
      virtualNetworkName: vnet.name,
      addressPrefixes: ['10.40.0.0/22'],
      defaultOutboundAccessEnabled: false,
    });
    const nsg = new NetworkSecurityGroup(this, 'NodesNsg', { name: 'nsg-nodes', resourceGroupName: RG, location: LOCATION });
    this.nodesNsg = nsg;
    new SubnetNetworkSecurityGroupAssociation(this, 'NodesNsgAssociation', { subnetId: nodes.id, networkSecurityGroupId: nsg.id });
    const controlPlane = new UserAssignedIdentity(this, 'ControlPlane', { name: 'id-payments-aks', resourceGroupName: RG, location: LOCATION });
    const kubelet = new UserAssignedIdentity(this, 'Kubelet', { name: 'id-payments-kubelet', resourceGroupName: RG, location: LOCATION });
    const operator = new RoleAssignment(this, 'KubeletOperator', {
      scope: kubelet.id,
      roleDefinitionId: role('f1a07417-d97a-45cb-824c-7a7467783830'), // Managed Identity Operator
      principalId: controlPlane.principalId,
    });
    const network = new RoleAssignment(this, 'NodeSubnetNetworkContributor', {
      scope: nodes.id,
      roleDefinitionId: role('4d97b98b-1d4f-4787-a291-c67834d212e7'), // Network Contributor
      principalId: controlPlane.principalId,
    });
    this.cluster = new KubernetesCluster(this, 'Cluster', {
      name: 'aks-payments',
      resourceGroupName: RG,
      location: LOCATION,
      dnsPrefix: 'aks-payments',
      privateClusterEnabled: true,
      privateClusterPublicFqdnEnabled: false,
      localAccountDisabled: true,
      roleBasedAccessControlEnabled: true,
      azureActiveDirectoryRoleBasedAccessControl: { azureRbacEnabled: true },
      nodeOsUpgradeChannel: 'NodeImage',
      identity: { type: 'UserAssigned', identityIds: [controlPlane.id] },
      kubeletIdentity: { clientId: kubelet.clientId, objectId: kubelet.principalId, userAssignedIdentityId: kubelet.id },
      defaultNodePool: { name: 'system', vmSize: 'Standard_D4ds_v5', nodeCount: 3, vnetSubnetId: nodes.id, zones: ['1', '2', '3'] },
      networkProfile: {
        networkPlugin: 'azure',
        networkPluginMode: 'overlay',
        networkPolicy: 'cilium',
        networkDataPlane: 'cilium',
        outboundType: 'loadBalancer',
        serviceCidr: '172.16.0.0/16',
        dnsServiceIp: '172.16.0.10',
        podCidr: '192.168.0.0/16',
      },
      // No Azure Files / Blob volumes here: their CSI drivers are off (on an isolated cluster they need private classes).
      storageProfile: { fileDriverEnabled: false, blobDriverEnabled: false },
      dependsOn: [operator, network],
    });
  }
}
