import { ROLES } from '../model/role-assignments';
import { roleRule } from '../role-rule';
import { DOCS, RuleSeverity } from '../rule';

/** NI-IAM-006: The control-plane identity has Network Contributor on the node and API server subnets. */
export const networkContributorRole = roleRule(
  {
    id: 'NI-IAM-006',
    name: 'network-contributor-role',
    severity: RuleSeverity.ERROR,
    title: 'The control-plane identity has Network Contributor on the node and API server subnets',
    explanation:
      'With a BYO VNet the control plane joins nodes (and with API Server VNet Integration the API server) to your subnets; without Network Contributor on them (or the VNet) provisioning fails.',
    fix: 'Add azurerm_role_assignment { scope = <subnet id>, role_definition_name = "Network Contributor", principal_id = <control-plane identity principal_id> } for each node and API server subnet.',
    docUrl: DOCS.identity,
  },
  ROLES.networkContributor
);
