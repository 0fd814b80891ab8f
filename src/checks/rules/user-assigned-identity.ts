import { checkString } from '../attribute-rules';
import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { clusters } from '../model/subjects';
import { block } from '../model/values';

/** NI-IAM-002: the control plane uses a user-assigned identity. */
export const userAssignedIdentity: Rule = {
  id: 'NI-IAM-002',
  name: 'user-assigned-identity',
  severity: RuleSeverity.WARNING,
  title: 'The control plane uses a user-assigned identity',
  explanation:
    'A system-assigned identity exists only once the cluster does, so its role assignments (Network ' +
    'Contributor on the subnets, Private DNS Zone Contributor, Managed Identity Operator) cannot be created ' +
    'before the cluster and the first apply races. A kubelet identity also requires a user-assigned ' +
    'control-plane identity.',
  fix: 'Use identity { type = "UserAssigned", identity_ids = [<azurerm_user_assigned_identity id>] }.',
  docUrl: DOCS.identity,
  evaluate: (doc) =>
    checkEach(
      clusters(doc).filter((c) => block(c.config, 'identity')),
      (cluster) => checkString(doc, block(cluster.config, 'identity')?.type, 'identity.type', ['UserAssigned'])
    ),
};
