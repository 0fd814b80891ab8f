import { checkString } from '../attribute-rules';
import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { clusters } from '../model/subjects';
import { block } from '../model/values';

/** NI-AKS-006: the cluster bootstraps from a private registry cache (`artifact_source = "Cache"`). */
export const artifactSourceCache: Rule = {
  id: 'NI-AKS-006',
  name: 'artifact-source-cache',
  severity: RuleSeverity.ERROR,
  title: 'The cluster bootstraps from a private registry (bootstrap_profile.artifact_source = "Cache")',
  explanation:
    'With the provider default "Direct" nodes pull their bootstrap images from mcr.microsoft.com, which a ' +
    'cluster without egress cannot reach: node provisioning fails. "Cache" pulls through an AKS-managed or ' +
    'your own (BYO) Premium registry over Private Link. Going back from Cache to Direct is refused by AKS.',
  fix:
    'Add bootstrap_profile { artifact_source = "Cache" } (ArtifactSource.aksManaged() or ' +
    'ArtifactSource.registry(privateRegistry)).',
  docUrl: DOCS.networkIsolated,
  evaluate: (doc) =>
    checkEach(clusters(doc), (cluster) =>
      checkString(
        doc,
        block(cluster.config, 'bootstrap_profile')?.artifact_source,
        'bootstrap_profile.artifact_source',
        ['Cache'],
        {
          providerDefault: 'Direct',
        }
      )
    ),
};
