import { DOCS, finding, Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import { AKS_CACHE_RULE, cacheRulesOf, subjectRegistries } from '../model/subjects';
import { asString, describe, jsonText } from '../model/values';

/** NI-ACR-007: the registry has exactly the AKS pull-through cache rule for MCR. */
export const registryCacheRule: Rule = {
  id: 'NI-ACR-007',
  name: 'registry-cache-rule',
  severity: RuleSeverity.ERROR,
  title: `The bootstrap registry has the cache rule ${AKS_CACHE_RULE.name} (mcr.microsoft.com/* -> aks-managed-repository/*)`,
  explanation:
    'AKS pulls its bootstrap images from <registry>/aks-managed-repository/*, which a pull-through cache rule ' +
    'named aks-managed-mcr fills from mcr.microsoft.com/*. Any other name, source or target, or a credential ' +
    'set (MCR is anonymous), and node bootstrap cannot find its images.',
  fix:
    `Add azurerm_container_registry_cache_rule { name = "${AKS_CACHE_RULE.name}", source_repo = ` +
    `"${AKS_CACHE_RULE.sourceRepo}", target_repo = "${AKS_CACHE_RULE.targetRepo}", container_registry_id = ` +
    '<registry id> } without credential_set_id (PrivateRegistry creates it).',
  docUrl: DOCS.acrCache,
  evaluate: (doc) => {
    const registries = subjectRegistries(doc);
    if (registries.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const registry of registries) {
      const rules = cacheRulesOf(doc, registry).filter(
        (r) => asString(doc.literal(r.config.name)) === AKS_CACHE_RULE.name
      );
      if (rules.length === 0) {
        out.push(
          finding(
            registry,
            `no azurerm_container_registry_cache_rule named "${AKS_CACHE_RULE.name}" targets this registry.`
          )
        );
      }
      for (const rule of rules) {
        const expect = (attribute: string, expected: string): void => {
          const raw = rule.config[attribute];
          const value = asString(doc.literal(raw));
          if (value !== expected)
            out.push(finding(rule, `${attribute} is ${describe(value, raw)}; allowed: "${expected}".`));
        };
        expect('source_repo', AKS_CACHE_RULE.sourceRepo);
        expect('target_repo', AKS_CACHE_RULE.targetRepo);
        const credentials = rule.config.credential_set_id;
        if (credentials !== undefined && credentials !== null && credentials !== '') {
          out.push(
            finding(
              rule,
              `credential_set_id is set (${jsonText(credentials)}); allowed: not set (MCR is anonymous).`
            )
          );
        }
      }
    }
    return out;
  },
};
