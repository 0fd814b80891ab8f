import { Invariant } from '../internal/invariants';

/** What the bootstrap registry must keep after escape hatches (internal). */
export const REGISTRY_INVARIANTS: Invariant[] = [
  {
    what: 'sku must be "Premium" (private endpoints and cache rules need Premium)',
    broken: (c) => c.sku !== 'Premium',
    fix: 'remove the sku override',
  },
  {
    what: 'public_network_access_enabled must be false',
    broken: (c) => c.public_network_access_enabled !== false,
    fix: 'remove the public_network_access_enabled override',
  },
  {
    what: 'admin_enabled and anonymous_pull_enabled must not be true',
    broken: (c) => c.admin_enabled === true || c.anonymous_pull_enabled === true,
    fix: 'remove the override; grant pulls with grantPull()',
  },
  {
    what: 'quarantine_policy_enabled must not be true (bootstrap cannot pull quarantined images)',
    broken: (c) => c.quarantine_policy_enabled === true,
    fix: 'remove the quarantine_policy_enabled override',
  },
];
