import { DOCS, Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import { artifactSourceOf, clusterChanges, isUpdate, outboundTypeOf, switched } from '../model/plan-changes';

/** NI-PLAN-001: one update does not switch the artifact source and the outbound type together. */
export const planArtifactSourceAndOutboundTypeTogether: Rule = {
  id: 'NI-PLAN-001',
  name: 'plan-artifact-source-and-outbound-type-together',
  severity: RuleSeverity.ERROR,
  title: 'No single cluster update switches the artifact source and the outbound type together',
  explanation:
    'AKS refuses an update of an existing cluster that changes bootstrap_profile.artifact_source and ' +
    'network_profile.outbound_type in the same request (InvalidNetworkIsolatedClusterConfiguration): the apply ' +
    'fails half way. The documented order is three steps: artifact source Cache, reimage the nodes ' +
    '(az aks upgrade --node-image-only), then outbound type none. Read from a plan JSON (before/after) for ' +
    'azurerm_kubernetes_cluster and for azapi managedClusters bodies.',
  fix:
    'Split the change into separate applies: first artifact_source = "Cache" (with the registry), then reimage ' +
    'the node pools, then outbound_type = "none".',
  docUrl: DOCS.networkIsolatedHowTo,
  evaluate: (doc) => {
    const changes = clusterChanges(doc);
    if (changes.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const { change, form, before, after } of changes) {
      if (!isUpdate(change)) continue;
      const [sourceBefore, sourceAfter] = [artifactSourceOf(before, form), artifactSourceOf(after, form)];
      const [outBefore, outAfter] = [outboundTypeOf(before, form), outboundTypeOf(after, form)];
      if (switched(sourceBefore, sourceAfter) && switched(outBefore, outAfter)) {
        out.push({
          address: change.address,
          message:
            `one update switches the artifact source ("${sourceBefore}" -> "${sourceAfter}") and the outbound type ` +
            `("${outBefore}" -> "${outAfter}") together; AKS answers InvalidNetworkIsolatedClusterConfiguration. ` +
            'Apply Cache first, reimage the nodes, then the outbound type.',
        });
      }
    }
    return out;
  },
};
