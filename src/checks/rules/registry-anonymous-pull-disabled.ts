import { boolAttributeRule } from '../attribute-rules';
import { DOCS, RuleSeverity } from '../rule';
import { subjectRegistries } from '../model/subjects';

/** NI-ACR-004: The bootstrap registry has anonymous pull disabled. */
export const registryAnonymousPullDisabled = boolAttributeRule(
  {
    id: 'NI-ACR-004',
    name: 'registry-anonymous-pull-disabled',
    severity: RuleSeverity.WARNING,
    title: 'The bootstrap registry has anonymous pull disabled',
    explanation:
      'Anonymous pull lets anyone who reaches the registry read every image without authentication. Warning, not ' +
      'error: the bootstrap works with it on or off (earlier versions of the how-to even turned it on) and no egress ' +
      'path opens; it is hardening.',
    fix: 'Remove anonymous_pull_enabled or set it to false.',
    docUrl: DOCS.acrPrivateLink,
  },
  {
    subjects: subjectRegistries,
    attribute: 'anonymous_pull_enabled',
    expected: false,
    providerDefault: false,
  }
);
