import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { clusters } from '../model/subjects';
import { block } from '../model/values';

/** NI-IAM-001: the cluster uses managed identity, not a service principal. */
export const noServicePrincipal: Rule = {
  id: 'NI-IAM-001',
  name: 'no-service-principal',
  severity: RuleSeverity.ERROR,
  title: 'The cluster uses a managed identity (identity block, no service_principal)',
  explanation:
    'Network isolated clusters support managed identities only. A service principal has a secret that ' +
    'expires and rotates outside Terraform, and cannot hold the role assignments the bootstrap needs ' +
    'before the cluster exists.',
  fix: 'Remove service_principal and add identity { type = "UserAssigned", identity_ids = [<control-plane identity id>] }.',
  docUrl: DOCS.identity,
  evaluate: (doc) =>
    checkEach(clusters(doc), (cluster) => {
      if (block(cluster.config, 'service_principal'))
        return 'has a service_principal block; allowed: an identity block only.';
      if (!block(cluster.config, 'identity')) return 'has no identity block; add a user-assigned managed identity.';
      return undefined;
    }),
};
