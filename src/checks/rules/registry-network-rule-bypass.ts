import { checkString } from '../attribute-rules';
import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { subjectRegistries } from '../model/subjects';

/** NI-ACR-010: trusted Azure services do not bypass the registry network rules. */
export const registryNetworkRuleBypass: Rule = {
  id: 'NI-ACR-010',
  name: 'registry-network-rule-bypass',
  severity: RuleSeverity.INFO,
  title: 'Trusted Azure services do not bypass the registry network rules (network_rule_bypass_option = "None")',
  explanation:
    'The provider default "AzureServices" lets trusted Azure services reach the registry past its network ' +
    'rules. Network isolation does not need it; keep it only if a service (e.g. ACR Tasks) requires it.',
  fix: 'Set network_rule_bypass_option = "None", or suppress with the service that needs the bypass.',
  docUrl: DOCS.acrPrivateLink,
  evaluate: (doc) =>
    checkEach(subjectRegistries(doc), (registry) =>
      checkString(doc, registry.config.network_rule_bypass_option, 'network_rule_bypass_option', ['None'], {
        providerDefault: 'AzureServices',
      })
    ),
};
