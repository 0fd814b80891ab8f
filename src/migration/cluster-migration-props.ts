import { ArtifactSource } from '../cluster/artifact-source';
import { OutboundType } from '../cluster/outbound-type';
import { MigrationStage } from './migration-stage';
import { MigrationTarget } from './migration-target';

/** Props of `ClusterMigration`. */
export interface ClusterMigrationProps {
  /** The existing cluster: your own `KubernetesCluster` construct, or a cluster created elsewhere by id. */
  readonly target: MigrationTarget;

  /**
   * The stage this deployment applies. Apply the stages in order, one `terraform apply` each, and wait for
   * stage 2's node image upgrades to finish before stage 3.
   */
  readonly stage: MigrationStage;

  /**
   * Where the nodes bootstrap from from stage 1 on.
   * @default ArtifactSource.aksManaged() - AKS creates the private registry
   */
  readonly artifactSource?: ArtifactSource;

  /**
   * Object (principal) id of the cluster's kubelet identity
   * (`az aks show --query identityProfile.kubeletidentity.objectId`). Required with your own registry: its
   * AcrPull is created before the cluster update. Not needed with `ArtifactSource.aksManaged()`.
   * @default - none (only valid with `ArtifactSource.aksManaged()`)
   */
  readonly kubeletPrincipalId?: string;

  /**
   * The outbound type of stage 3.
   * @default OutboundType.NONE
   */
  readonly outboundType?: OutboundType;
}
