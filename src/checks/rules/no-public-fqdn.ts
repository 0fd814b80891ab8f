import { boolAttributeRule } from '../attribute-rules';
import { DOCS, RuleSeverity } from '../rule';
import { clusters } from '../model/subjects';

/** NI-AKS-002: a private cluster publishes no public FQDN for its API server. */
export const noPublicFqdn = boolAttributeRule(
  {
    id: 'NI-AKS-002',
    name: 'no-public-fqdn',
    severity: RuleSeverity.WARNING,
    title: 'The private cluster publishes no public FQDN (private_cluster_public_fqdn_enabled not true)',
    explanation:
      'private_cluster_public_fqdn_enabled = true adds a public DNS record resolving the private API server ' +
      'address, which leaks the cluster topology and lets clients outside the VNet find it. Warning, not error: the ' +
      'record resolves to a private address, so it opens no path in or out; it is hardening.',
    fix: 'Remove private_cluster_public_fqdn_enabled or set it to false.',
    docUrl: DOCS.privateCluster,
  },
  {
    subjects: clusters,
    attribute: 'private_cluster_public_fqdn_enabled',
    expected: false,
    providerDefault: false,
  }
);
