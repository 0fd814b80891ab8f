import { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { TerraformStack } from 'cdktf';
import { ExistingCluster } from '../../examples/migrate-existing-cluster/existing-cluster';
import { ClusterMigration, ClusterMigrationProps, MigrationStage, MigrationTarget } from '../../src';
import { newStack, synth, TerraformJson } from '../helpers';

/** The example's existing cluster, optionally with a migration at `stage` (no checks: tests run them explicitly). */
export function migrationStack(
  stage?: MigrationStage,
  props: Partial<ClusterMigrationProps> = {},
  edit: (cluster: KubernetesCluster) => void = () => undefined,
): { stack: TerraformStack; cluster: KubernetesCluster; migration?: ClusterMigration } {
  const stack = newStack('migrate');
  const existing = new ExistingCluster(stack, 'Existing');
  edit(existing.cluster);
  const migration = stage
    ? new ClusterMigration(stack, 'Migration', { target: MigrationTarget.kubernetesCluster(existing.cluster), stage, ...props })
    : undefined;
  return { stack, cluster: existing.cluster, migration };
}

/** The synthesized JSON of the example's existing cluster at a stage (undefined: before the migration). */
export function migrationJson(stage?: MigrationStage, props: Partial<ClusterMigrationProps> = {}): TerraformJson {
  return synth(migrationStack(stage, props).stack);
}

/** The only azurerm_kubernetes_cluster of a document, with its address. */
export function clusterOf(json: TerraformJson): { address: string; config: any } {
  const entries = Object.entries<any>(json.resource.azurerm_kubernetes_cluster);
  if (entries.length !== 1) throw new Error(`expected one cluster, found ${entries.length}`);
  return { address: `azurerm_kubernetes_cluster.${entries[0][0]}`, config: entries[0][1] };
}

/** Dotted paths of the leaves that differ between two JSON values (blocks as objects). */
export function changedPaths(a: any, b: any, prefix = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const objects = a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b);
  if (!objects) return [prefix];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((k) => changedPaths(a[k], b[k], prefix ? `${prefix}.${k}` : k));
}
