import { boolAttributeRule } from '../attribute-rules';
import { DOCS, RuleSeverity } from '../rule';
import { subjectRegistries } from '../model/subjects';

/** NI-ACR-003: The bootstrap registry has the admin user disabled. */
export const registryAdminDisabled = boolAttributeRule(
  {
    id: 'NI-ACR-003',
    name: 'registry-admin-disabled',
    severity: RuleSeverity.WARNING,
    title: 'The bootstrap registry has the admin user disabled',
    explanation:
      'The admin user is a shared username/password with push rights that bypasses Entra ID and role assignments. ' +
      'Warning, not error: the bootstrap pulls as the kubelet identity either way and no egress path opens; it is credential hardening.',
    fix: 'Remove admin_enabled or set it to false; grant AcrPull to the kubelet identity instead.',
    docUrl: DOCS.acrPrivateLink,
  },
  {
    subjects: subjectRegistries,
    attribute: 'admin_enabled',
    expected: false,
    providerDefault: false,
  }
);
