import { DOCS, Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import { artifactSourceOf, clusterChanges, knownTransitions, norm } from '../model/plan-changes';

/** NI-PLAN-002: an existing cluster's artifact source does not go from Cache back to Direct. */
export const planNoCacheToDirect: Rule = {
  id: 'NI-PLAN-002',
  name: 'plan-no-cache-to-direct',
  severity: RuleSeverity.ERROR,
  title: 'An update does not move an existing cluster from artifact source Cache back to Direct',
  explanation:
    'AKS refuses to switch an existing cluster from bootstrap_profile.artifact_source "Cache" to "Direct" ' +
    '(BootstrapArtifactSourceNotAllowed), so the apply fails. Removing the bootstrap_profile (or the ' +
    'artifactSource of an azapi body) means Direct too. Read from a plan JSON for azurerm and azapi clusters.',
  fix:
    'Keep artifact_source = "Cache" on the existing cluster; if Direct is really wanted, build a new cluster ' +
    'and move the workloads.',
  docUrl: DOCS.networkIsolated,
  evaluate: (doc) => {
    const changes = clusterChanges(doc);
    if (changes.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const { change, after, from, to } of knownTransitions(doc, artifactSourceOf)) {
      if (norm(from) === 'cache' && norm(to) !== 'cache') {
        const shownTo = after.artifactSource === undefined ? `"${to}" (not set)` : `"${to}"`;
        out.push({
          address: change.address,
          message: `the update moves the artifact source from "${from}" to ${shownTo}; AKS answers BootstrapArtifactSourceNotAllowed.`,
        });
      }
    }
    return out;
  },
};
