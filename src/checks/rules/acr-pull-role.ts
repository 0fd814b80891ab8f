import { ROLES } from '../model/role-assignments';
import { roleRule } from '../role-rule';
import { DOCS, RuleSeverity } from '../rule';

/** NI-IAM-004: The kubelet identity has AcrPull on the bootstrap registry. */
export const acrPullRole = roleRule(
  {
    id: 'NI-IAM-004',
    name: 'acr-pull-role',
    severity: RuleSeverity.ERROR,
    title: 'The kubelet identity has AcrPull on the bootstrap registry',
    explanation:
      'Nodes pull bootstrap images from the BYO registry as the kubelet identity. Without AcrPull (or Container Registry Repository Reader for ABAC registries) on the registry every pull is denied and nodes never join.',
    fix: 'Add azurerm_role_assignment { scope = <registry id>, role_definition_name = "AcrPull", principal_id = <kubelet identity principal_id> } (PrivateRegistry.grantPull) and list it in the cluster depends_on.',
    docUrl: DOCS.identity,
  },
  ROLES.acrPull
);
