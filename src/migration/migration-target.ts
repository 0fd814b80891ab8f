import { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { KubernetesClusterNodePool } from '@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool';

/** Options of `MigrationTarget.kubernetesCluster()`. */
export interface KubernetesClusterTargetOptions {
  /**
   * The cluster's separately managed node pools (`azurerm_kubernetes_cluster_node_pool`): each gets its node image
   * upgrade at stage 2, like the default pool.
   * @default - only the default node pool
   */
  readonly nodePools?: KubernetesClusterNodePool[];
}

/** Options of `MigrationTarget.clusterId()`. */
export interface ClusterIdTargetOptions {
  /** Names of every agent pool of the cluster (`az aks nodepool list --query "[].name"`): each is reimaged at stage 2. */
  readonly agentPoolNames: string[];
}

/** How the cluster being migrated is managed. */
export enum MigrationTargetKind {
  /** Your own `azurerm_kubernetes_cluster` in this app, changed in place. */
  KUBERNETES_CLUSTER = 'KUBERNETES_CLUSTER',
  /** A cluster created elsewhere, changed by id through `azapi_update_resource`. */
  CLUSTER_ID = 'CLUSTER_ID',
}

/**
 * The existing cluster a `ClusterMigration` takes to network isolated: your own `KubernetesCluster` (updated in
 * place; to adopt a cluster Terraform does not manage yet, add it with an `import` block first) or a cluster
 * created elsewhere, by resource id.
 */
export class MigrationTarget {
  /** Your `azurerm_kubernetes_cluster` construct: its attributes are changed in place, nothing forces replacement. */
  public static kubernetesCluster(cluster: KubernetesCluster, options: KubernetesClusterTargetOptions = {}): MigrationTarget {
    return new MigrationTarget(MigrationTargetKind.KUBERNETES_CLUSTER, cluster, undefined, options.nodePools ?? [], []);
  }

  /** A cluster Terraform does not manage, by resource id: changed through `azapi_update_resource`. */
  public static clusterId(clusterId: string, options: ClusterIdTargetOptions): MigrationTarget {
    return new MigrationTarget(MigrationTargetKind.CLUSTER_ID, undefined, clusterId, [], options.agentPoolNames);
  }

  private constructor(
    /** Which form. */
    public readonly kind: MigrationTargetKind,
    /** The azurerm cluster (KUBERNETES_CLUSTER). */
    public readonly cluster: KubernetesCluster | undefined,
    /** The cluster's resource id (CLUSTER_ID). */
    public readonly clusterResourceId: string | undefined,
    /** Separately managed node pools (KUBERNETES_CLUSTER). */
    public readonly nodePools: KubernetesClusterNodePool[],
    /** Agent pool names (CLUSTER_ID). */
    public readonly agentPoolNames: string[],
  ) {}
}
