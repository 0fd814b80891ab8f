import { ROLES } from '../model/role-assignments';
import { roleRule } from '../role-rule';
import { DOCS, RuleSeverity } from '../rule';

/** NI-IAM-005: The control-plane identity has Managed Identity Operator on the kubelet identity. */
export const managedIdentityOperatorRole = roleRule(
  {
    id: 'NI-IAM-005',
    name: 'managed-identity-operator-role',
    severity: RuleSeverity.ERROR,
    title: 'The control-plane identity has Managed Identity Operator on the kubelet identity',
    explanation:
      'The control plane assigns the kubelet identity to the node VMs; without Managed Identity Operator on that identity cluster creation fails.',
    fix: 'Add azurerm_role_assignment { scope = <kubelet identity id>, role_definition_name = "Managed Identity Operator", principal_id = <control-plane identity principal_id> }.',
    docUrl: DOCS.identity,
  },
  ROLES.managedIdentityOperator
);
