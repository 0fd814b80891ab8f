import { boolAttributeRule } from '../attribute-rules';
import { DOCS, RuleSeverity } from '../rule';
import { subjectRegistries } from '../model/subjects';

/** NI-ACR-011: the bootstrap registry keeps authentication-as-arm enabled (BYO ACR without it is unsupported). */
export const registryAuthenticationAsArm = boolAttributeRule(
  {
    id: 'NI-ACR-011',
    name: 'registry-authentication-as-arm',
    severity: RuleSeverity.ERROR,
    title:
      'The bootstrap registry keeps authentication-as-arm enabled (azuread_authentication_as_arm_policy_enabled not false)',
    explanation:
      'A BYO registry with the authentication-as-arm policy disabled (the registry refuses Entra tokens with the ' +
      'ARM audience) is listed as unsupported for network isolated clusters (AKS docs, 2026-06): the bootstrap ' +
      'is not expected to pull from it, so it is an error. The ' +
      'attribute exists in azurerm 4.81 and later; it is read whatever the provider version, and absent means ' +
      'the Azure default (enabled).',
    fix: 'Remove azuread_authentication_as_arm_policy_enabled or set it to true on the azurerm_container_registry.',
    docUrl: DOCS.networkIsolated,
  },
  {
    subjects: subjectRegistries,
    attribute: 'azuread_authentication_as_arm_policy_enabled',
    expected: true,
    providerDefault: true,
  }
);
