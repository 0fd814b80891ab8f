import type { TfResource } from './terraform-document';
import { asObject } from './values';

/**
 * Key of the Terraform JSON comment in which `ClusterMigration` records the stage on the cluster it changes
 * (`"//": { "isolatedAksMigration": { "migrationStage": 1 } }`); Terraform ignores `"//"` keys.
 */
export const MIGRATION_MARKER_KEY = 'isolatedAksMigration';

/** The migration stage (1 or 2) recorded on a cluster by `ClusterMigration`, or undefined when it has none. */
export function migrationStageOf(cluster: TfResource): number | undefined {
  const marker = asObject(asObject(asObject(cluster.config['//'])?.[MIGRATION_MARKER_KEY]));
  const stage = marker?.migrationStage;
  return stage === 1 || stage === 2 ? stage : undefined;
}

/** The `expected` text of a finding that is expected until a migration's last stage. */
export function expectedUntilIsolated(stage: number): string {
  return `expected at migration stage ${stage} of 3 (ClusterMigration): the outbound type changes at stage 3, after the artifact source (stage 1) and the node image upgrade (stage 2); AKS refuses both in one update.`;
}
