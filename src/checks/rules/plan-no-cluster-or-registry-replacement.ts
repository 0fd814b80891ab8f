import { DOCS, Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import { bootstrapRegistryChanges, clusterChanges, isDelete } from '../model/plan-changes';
import type { ResourceChange } from '../model/resource-change';

/** NI-PLAN-003: the plan does not delete or replace an AKS cluster or its bootstrap registry. */
export const planNoClusterOrRegistryReplacement: Rule = {
  id: 'NI-PLAN-003',
  name: 'plan-no-cluster-or-registry-replacement',
  severity: RuleSeverity.ERROR,
  title: 'The plan does not delete or replace an AKS cluster or its bootstrap registry',
  explanation:
    'A delete or a replacement (actions delete then create, or create then delete) of a cluster destroys every ' +
    'node and workload; of the bootstrap registry it destroys the cache the nodes bootstrap from. Attributes ' +
    'such as private_cluster_enabled force the replacement silently (replace_paths). An intended replacement ' +
    'is fine: suppress the finding on the address with the reason.',
  fix:
    'Revert the attribute named in replace_paths (or the removal / rename of the resource; a renamed address ' +
    'needs a moved block), or suppress with { ruleId: "NI-PLAN-003", address, reason } when the replacement is intended.',
  docUrl: DOCS.terraformCluster,
  evaluate: (doc) => {
    const clusters = clusterChanges(doc).map((c) => c.change);
    const registries = bootstrapRegistryChanges(doc);
    if (clusters.length === 0 && registries.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const [what, changes] of [
      ['AKS cluster', clusters],
      ['bootstrap registry', registries],
    ] as const) {
      for (const change of changes)
        if (isDelete(change)) out.push({ address: change.address, message: message(what, change) });
    }
    return out;
  },
};

function message(what: string, change: ResourceChange): string {
  const replaced = change.actions.includes('create');
  const paths = change.replacePaths ?? [];
  const why =
    paths.length > 0 ? `; replace_paths: ${paths.join(', ')}` : replaced ? '; the plan names no replace_paths' : '';
  return `the plan ${replaced ? 'replaces' : 'deletes'} this ${what} (actions ${JSON.stringify(
    change.actions
  )})${why}.`;
}
