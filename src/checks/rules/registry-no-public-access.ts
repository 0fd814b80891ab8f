import { boolAttributeRule } from '../attribute-rules';
import { DOCS, RuleSeverity } from '../rule';
import { subjectRegistries } from '../model/subjects';

/** NI-ACR-002: The bootstrap registry has public network access disabled. */
export const registryNoPublicAccess = boolAttributeRule(
  {
    id: 'NI-ACR-002',
    name: 'registry-no-public-access',
    severity: RuleSeverity.WARNING,
    title: 'The bootstrap registry has public network access disabled',
    explanation:
      'The provider default (true) leaves the registry reachable from the internet. An isolated cluster pulls over Private Link only, so the public endpoint is pure exposure. ' +
      'Warning, not error: the bootstrap still pulls through the private endpoint and no egress path opens from the cluster; it is hardening of the registry.',
    fix: 'Set public_network_access_enabled = false on the azurerm_container_registry.',
    docUrl: DOCS.acrPrivateLink,
  },
  {
    subjects: subjectRegistries,
    attribute: 'public_network_access_enabled',
    expected: false,
    providerDefault: true,
  }
);
