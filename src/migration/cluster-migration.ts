import { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Annotations, dependable, ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { ArtifactSource, ArtifactSourceKind } from '../cluster/artifact-source';
import { blockOutboundUpdate } from '../cluster/block-outbound-preview';
import { OutboundType } from '../cluster/outbound-type';
import { BuiltInRole } from '../identity/built-in-role';
import { grantRole } from '../identity/role-grant';
import { AzapiCall } from '../internal/azapi';
import { AKS_MIGRATION_API_VERSION } from './azapi-version';
import { ClusterMigrationProps } from './cluster-migration-props';
import { MIGRATION_MARKER_KEY } from './migration-marker';
import { MigrationStage } from './migration-stage';
import { MigrationTargetKind } from './migration-target';
import { validateMigration } from './migration-validation';

const CLUSTER_TYPE = `Microsoft.ContainerService/managedClusters@${AKS_MIGRATION_API_VERSION}`;
const AGENT_POOL_TYPE = `Microsoft.ContainerService/managedClusters/agentPools@${AKS_MIGRATION_API_VERSION}`;

/**
 * Takes an existing cluster to network isolated in the three stages AKS accepts, one `terraform apply` each:
 * 1. artifact source Cache (and the registry wiring), the outbound type kept;
 * 2. a node image upgrade of every pool (`upgradeNodeImageVersion` through `azapi_resource_action`: it runs when
 *    the element is created, i.e. once, at the apply of stage 2, and stays unchanged afterwards);
 * 3. outbound type `none` (or `block`, preview, on the AKS-managed VNet).
 * Each stage changes only what its step needs and nothing that forces replacement. The cluster's address stays
 * the same through the stages; the checks report the outbound type of stages 1 and 2 as expected (info).
 * @see https://learn.microsoft.com/azure/aks/network-isolated
 */
export class ClusterMigration extends Construct {
  /** The stage this deployment applies. */
  public readonly stage: MigrationStage;
  /** The role assignments the registry needs (AcrPull for the kubelet identity; your own registry only). */
  public readonly roleAssignments: RoleAssignment[] = [];
  /** The node image upgrade actions of stage 2 (one per pool; empty before stage 2). */
  public readonly nodeImageUpgrades: TerraformResource[] = [];
  /** The `azapi_update_resource` that changes a cluster given by id (`MigrationTarget.clusterId()` only). */
  public readonly clusterUpdate?: TerraformResource;
  /** The `azapi_update_resource` that sets outbound type `block` (stage 3 with `OutboundType.blockPreview()`). */
  public readonly blockOutboundUpdate?: TerraformResource;

  constructor(scope: Construct, id: string, props: ClusterMigrationProps) {
    super(scope, id);
    this.stage = props.stage;
    const source = props.artifactSource ?? ArtifactSource.aksManaged();
    const outbound = props.outboundType ?? OutboundType.NONE;
    validateMigration(this, props, source, outbound);

    const prerequisites = this.registryWiring(source, props.kubeletPrincipalId);
    const target = props.target;
    let updated: ITerraformDependable;
    let poolIds: string[];
    if (target.kind === MigrationTargetKind.KUBERNETES_CLUSTER) {
      const cluster = target.cluster!;
      this.updateInPlace(cluster, source, outbound, prerequisites);
      updated = cluster;
      poolIds = [`${cluster.id}/agentPools/${cluster.defaultNodePool.name}`, ...target.nodePools.map((p) => p.id)];
    } else {
      this.clusterUpdate = new AzapiCall(this, 'ClusterUpdate', {
        resourceType: 'azapi_update_resource',
        type: CLUSTER_TYPE,
        resourceId: target.clusterResourceId!,
        body: { properties: this.clusterProperties(source) },
      });
      this.clusterUpdate.dependsOn = prerequisites.map(dependable);
      if (props.stage.number < 3) this.clusterUpdate.addOverride(`//.${MIGRATION_MARKER_KEY}`, { migrationStage: props.stage.number });
      updated = this.clusterUpdate;
      poolIds = target.agentPoolNames.map((name) => `${target.clusterResourceId}/agentPools/${name}`);
    }

    if (props.stage.includes(MigrationStage.REIMAGE_NODES)) {
      poolIds.forEach((poolId, i) => {
        const upgrade = new AzapiCall(this, i === 0 ? 'NodeImageUpgrade' : `NodeImageUpgrade${i + 1}`, {
          resourceType: 'azapi_resource_action',
          type: AGENT_POOL_TYPE,
          resourceId: poolId,
          action: 'upgradeNodeImageVersion',
        });
        upgrade.dependsOn = [dependable(updated)];
        this.nodeImageUpgrades.push(upgrade);
      });
    }
    if (props.stage.includes(MigrationStage.ISOLATED) && outbound.value === 'block') {
      const clusterId = target.cluster?.id ?? target.clusterResourceId!;
      this.blockOutboundUpdate = blockOutboundUpdate(this, 'BlockOutbound', clusterId);
      this.blockOutboundUpdate.dependsOn = [updated, ...this.nodeImageUpgrades].map(dependable);
      Annotations.of(this).addWarning(
        'outboundType "block" is an AKS preview (no SLA, not for production); it is set through azapi_update_resource against a preview API version.',
      );
    }
  }

  /** The cluster properties the azapi update of a cluster given by id sends at this stage. */
  private clusterProperties(source: ArtifactSource): { [key: string]: any } {
    const bootstrapProfile = {
      artifactSource: 'Cache',
      ...(source.registryResourceId !== undefined ? { containerRegistryId: source.registryResourceId } : {}),
    };
    const isolated = this.stage.includes(MigrationStage.ISOLATED);
    return { bootstrapProfile, ...(isolated ? { networkProfile: { outboundType: 'none' } } : {}) };
  }

  private updateInPlace(cluster: KubernetesCluster, source: ArtifactSource, outbound: OutboundType, prerequisites: ITerraformDependable[]): void {
    cluster.putBootstrapProfile({ artifactSource: 'Cache', containerRegistryId: source.registryResourceId });
    const ignore: string[] = [];
    if (source.kind === ArtifactSourceKind.AKS_MANAGED) ignore.push('bootstrap_profile[0].container_registry_id');
    if (this.stage.includes(MigrationStage.ISOLATED)) {
      cluster.networkProfile.outboundType = OutboundType.NONE.value;
      if (outbound.value === 'block') ignore.push('network_profile[0].outbound_type');
    } else {
      cluster.addOverride(`//.${MIGRATION_MARKER_KEY}`, { migrationStage: this.stage.number });
    }
    if (ignore.length > 0) {
      const existing = cluster.lifecycle?.ignoreChanges;
      const kept = Array.isArray(existing) ? existing : [];
      cluster.lifecycle = { ...cluster.lifecycle, ignoreChanges: existing === 'all' ? 'all' : [...kept, ...ignore] };
    }
    if (prerequisites.length > 0) cluster.dependsOn = [...(cluster.dependsOn ?? []), ...prerequisites.map(dependable)];
  }

  /** AcrPull for the kubelet identity on your own registry, and what the cluster must wait for. */
  private registryWiring(source: ArtifactSource, kubeletPrincipalId: string | undefined): ITerraformDependable[] {
    if (source.registryResourceId === undefined) return [];
    const role = source.abacRepositoryPermissions ? BuiltInRole.CONTAINER_REGISTRY_REPOSITORY_READER : BuiltInRole.ACR_PULL;
    this.roleAssignments.push(
      grantRole(this, 'KubeletAcrPull', {
        principalId: kubeletPrincipalId!,
        role,
        targetScope: source.registryResourceId,
        description: `${role.name} for ${this.node.path}`,
      }),
    );
    return [...this.roleAssignments, ...(source.privateRegistry?.dependables ?? [])];
  }
}
