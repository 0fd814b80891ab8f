import { checkString } from '../attribute-rules';
import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { subjectRegistries } from '../model/subjects';

/** NI-ACR-001: the bootstrap registry is Premium (private endpoints need Premium). */
export const registryPremiumSku: Rule = {
  id: 'NI-ACR-001',
  name: 'registry-premium-sku',
  severity: RuleSeverity.ERROR,
  title: 'The bootstrap registry is Premium',
  explanation:
    'Private endpoints, dedicated data endpoints and disabling public network access all need the Premium ' +
    'SKU; a Basic or Standard registry cannot be reached privately, so bootstrap pulls fail.',
  fix: 'Set sku = "Premium" on the azurerm_container_registry.',
  docUrl: DOCS.acrPrivateLink,
  evaluate: (doc) =>
    checkEach(subjectRegistries(doc), (registry) =>
      checkString(doc, registry.config.sku, 'sku', ['Premium'], { ignoreCase: true })
    ),
};
