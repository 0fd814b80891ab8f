import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ArtifactSource } from '../cluster/artifact-source';
import { OutboundType } from '../cluster/outbound-type';
import { ClusterMigrationProps } from './cluster-migration-props';
import { MigrationTargetKind } from './migration-target';

const DOC = 'https://learn.microsoft.com/azure/aks/network-isolated';
const VNET_INTEGRATION_DOC = 'https://learn.microsoft.com/azure/aks/api-server-vnet-integration';
const CNI_OVERLAY_DOC = 'https://learn.microsoft.com/azure/aks/azure-cni-overlay';

/** Throws for a migration AKS or azurerm would refuse, or one that would replace the cluster (internal). */
export function validateMigration(scope: Construct, props: ClusterMigrationProps, source: ArtifactSource, outbound: OutboundType): void {
  const path = scope.node.path;
  if (source.registryResourceId !== undefined && props.kubeletPrincipalId === undefined) {
    throw new Error(
      `${path}: kubeletPrincipalId is missing; with your own registry the kubelet identity needs AcrPull on it before the cluster switches to Cache. Fix: pass kubeletPrincipalId (az aks show --query identityProfile.kubeletidentity.objectId), or use ArtifactSource.aksManaged(). See ${DOC}`,
    );
  }
  if (outbound.isPreview && !outbound.acknowledged) {
    throw new Error(`${path}: outboundType "block" is a preview; pass OutboundType.blockPreview({ acknowledgePreview: true }) or use OutboundType.NONE. See ${DOC}`);
  }
  const cluster = props.target.kind === MigrationTargetKind.KUBERNETES_CLUSTER ? props.target.cluster! : undefined;
  if (!cluster) return;
  const privateCluster = cluster.privateClusterEnabledInput;
  if (privateCluster !== true && !Token.isUnresolved(privateCluster)) {
    throw new Error(
      `${path}: the cluster ${cluster.node.path} has a public API server (private_cluster_enabled is not true), and azurerm cannot make it private in place: private_cluster_enabled forces replacement of the cluster. ` +
        'No path through this construct keeps the cluster. In place, outside Terraform: enable API Server VNet Integration (api_server_access_profile { virtual_network_integration_enabled = true, subnet_id = <delegated /28 subnet> }, an in-place update), then `az aks update --enable-private-cluster` (supported in place for VNet-integrated clusters), then set private_cluster_enabled = true in your configuration so the next plan matches the cluster. ' +
        `See ${VNET_INTEGRATION_DOC}`,
    );
  }
  const plugin = cluster.networkProfile.networkPluginInput;
  if (plugin !== 'azure' && !Token.isUnresolved(plugin)) {
    throw new Error(
      `${path}: network_profile.network_plugin of ${cluster.node.path} is ${plugin === undefined ? 'not set (kubenet)' : `"${plugin}"`}; network isolated clusters need "azure" (Azure CNI, overlay or VNet mode). Fix: upgrade the cluster to Azure CNI Overlay first (${CNI_OVERLAY_DOC}), then migrate.`,
    );
  }
  if (outbound.value === 'block' && cluster.defaultNodePool.vnetSubnetIdInput !== undefined) {
    throw new Error(
      `${path}: outboundType "block" works only on the AKS-managed VNet, and ${cluster.node.path} uses your own subnet (default_node_pool.vnet_subnet_id). Fix: use OutboundType.NONE with NSG rules that deny outbound Internet traffic. See ${DOC}`,
    );
  }
}
