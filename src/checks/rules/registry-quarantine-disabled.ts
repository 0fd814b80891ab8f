import { boolAttributeRule } from '../attribute-rules';
import { DOCS, RuleSeverity } from '../rule';
import { subjectRegistries } from '../model/subjects';

/** NI-ACR-006: The bootstrap registry has quarantine disabled. */
export const registryQuarantineDisabled = boolAttributeRule(
  {
    id: 'NI-ACR-006',
    name: 'registry-quarantine-disabled',
    severity: RuleSeverity.ERROR,
    title: 'The bootstrap registry has quarantine disabled',
    explanation:
      'With the quarantine policy on, newly cached images stay quarantined until a scanner releases them, and the bootstrap cannot pull them: nodes fail to provision.',
    fix: 'Remove quarantine_policy_enabled or set it to false.',
    docUrl: DOCS.acrPrivateLink,
  },
  { subjects: subjectRegistries, attribute: 'quarantine_policy_enabled', expected: false, providerDefault: false }
);
