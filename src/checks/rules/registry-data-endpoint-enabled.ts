import { boolAttributeRule } from '../attribute-rules';
import { DOCS, RuleSeverity } from '../rule';
import { subjectRegistries } from '../model/subjects';

/** NI-ACR-005: The bootstrap registry uses dedicated data endpoints. */
export const registryDataEndpointEnabled = boolAttributeRule(
  {
    id: 'NI-ACR-005',
    name: 'registry-data-endpoint-enabled',
    severity: RuleSeverity.INFO,
    title: 'The bootstrap registry uses dedicated data endpoints',
    explanation:
      'Dedicated data endpoints (<registry>.<region>.data.azurecr.io) scope the blob download endpoint to this registry, so firewall rules need no wildcard storage access. ' +
      "Info, not error: the private endpoint serves the regional data endpoint either way, so the bootstrap pulls with it off, and the how-to's own BYO registry steps leave it off; it is hardening.",
    fix: 'Set data_endpoint_enabled = true on the azurerm_container_registry.',
    docUrl: DOCS.acrPrivateLink,
  },
  {
    subjects: subjectRegistries,
    attribute: 'data_endpoint_enabled',
    expected: true,
    providerDefault: false,
  }
);
