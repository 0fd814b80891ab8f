import { ROLES } from '../model/role-assignments';
import { roleRule } from '../role-rule';
import { DOCS, RuleSeverity } from '../rule';

/** NI-IAM-007: The control-plane identity has Private DNS Zone Contributor on a custom private cluster DNS zone. */
export const privateDnsZoneContributorRole = roleRule(
  {
    id: 'NI-IAM-007',
    name: 'private-dns-zone-contributor-role',
    severity: RuleSeverity.ERROR,
    title: 'The control-plane identity has Private DNS Zone Contributor on a custom private cluster DNS zone',
    explanation:
      'With private_dns_zone_id set to your own zone, AKS writes the API server record into it; without Private DNS Zone Contributor on the zone cluster creation fails.',
    fix: 'Add azurerm_role_assignment { scope = <private_dns_zone_id>, role_definition_name = "Private DNS Zone Contributor", principal_id = <control-plane identity principal_id> }, or use private_dns_zone_id = "System".',
    docUrl: DOCS.identity,
  },
  ROLES.privateDnsZoneContributor
);
