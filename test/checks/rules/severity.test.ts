// Severity follows consequence: error only where Azure refuses the configuration, the bootstrap fails or an
// egress path opens; hardening is a warning or info. Written out by hand per id so that any changed severity
// fails here and has to be argued for (the reason lives in the rule's explanation).
import { RuleSeverity } from '../../../src/checks/rule';
import { ALL_RULES } from '../../../src/checks/rules';

const { ERROR, WARNING, INFO } = RuleSeverity;

const EXPECTED: Readonly<Record<string, RuleSeverity>> = {
  'NI-ACR-001': ERROR, // non-Premium: no private endpoint, bootstrap fails
  'NI-ACR-002': WARNING, // public registry endpoint: exposure, bootstrap still private
  'NI-ACR-003': WARNING, // admin user: credential hardening
  'NI-ACR-004': WARNING, // anonymous pull: hardening
  'NI-ACR-005': INFO, // dedicated data endpoints: the seed recipe leaves them off
  'NI-ACR-006': ERROR, // quarantine: bootstrap cannot pull
  'NI-ACR-007': ERROR, // cache rule: bootstrap cannot find its images
  'NI-ACR-008': ERROR, // private endpoint: bootstrap cannot reach the registry
  'NI-ACR-009': ERROR, // privatelink zone + link: names resolve publicly, pulls fail
  'NI-ACR-010': INFO, // trusted services bypass: hardening
  'NI-ACR-011': ERROR, // authentication-as-arm disabled: unsupported
  'NI-ACR-012': WARNING, // auto-registration on the registry zone's link: the registry still resolves
  'NI-AKS-001': ERROR, // public API server
  'NI-AKS-002': WARNING, // public FQDN of a private cluster: a DNS record, no path
  'NI-AKS-003': ERROR, // authorized IP ranges: refused on private clusters
  'NI-AKS-004': ERROR, // outbound type other than none/block: egress
  'NI-AKS-005': WARNING, // block preview
  'NI-AKS-006': ERROR, // artifact source Direct: bootstrap fails
  'NI-AKS-007': ERROR, // SecurityPatch / Unmanaged: unsupported
  'NI-AKS-008': ERROR, // Windows pools: unsupported
  'NI-AKS-009': ERROR, // node public IPs: egress
  'NI-AKS-010': ERROR, // kubenet: unsupported
  'NI-AKS-011': ERROR, // Kubernetes < 1.30: refused
  'NI-AKS-012': ERROR, // depends_on: first apply races, bootstrap fails
  'NI-AKS-013': WARNING, // no cluster: nothing judged
  'NI-AKS-014': WARNING, // a pinned patch: valid until the region drops it (K8sVersionNotSupported later)
  'NI-EXT-001': ERROR, // unsupported extensions: installation fails
  'NI-EXT-002': ERROR, // Flux: unsupported
  'NI-EXT-003': WARNING, // add-ons needing private wiring
  'NI-EXT-004': WARNING, // CSI drivers on without a private storage class: volumes would reach storage publicly (fail), no egress opens
  'NI-EXT-005': WARNING, // monitoring ingestion not private: data does not arrive, no egress opens
  'NI-EXT-006': WARNING, // Key Vault add-on without a private RBAC vault with rotation: secrets do not mount, no egress opens
  'NI-IAM-001': ERROR, // service principal: unsupported
  'NI-IAM-002': WARNING, // system-assigned control plane
  'NI-IAM-003': ERROR, // BYO registry without a user-assigned kubelet identity: bootstrap pulls fail
  'NI-IAM-004': ERROR, // AcrPull: bootstrap pulls denied
  'NI-IAM-005': ERROR, // Managed Identity Operator: creation fails
  'NI-IAM-006': ERROR, // Network Contributor: provisioning fails
  'NI-IAM-007': ERROR, // Private DNS Zone Contributor: creation fails
  'NI-NET-001': ERROR, // default outbound access: egress
  'NI-NET-002': WARNING, // no NSG: no egress path to guard
  'NI-NET-003': WARNING, // NSG allow to Internet: filters, creates no route
  'NI-NET-004': WARNING, // explicit Internet deny: hardening
  'NI-NET-005': WARNING, // public IP resources: a reviewed exception
  'NI-PLAN-001': ERROR, // artifact source + outbound type in one update: refused
  'NI-PLAN-002': ERROR, // Cache -> Direct: refused
  'NI-PLAN-003': ERROR, // delete / replace of a cluster or bootstrap registry
  'NI-PLAN-004': WARNING, // none/block -> egress: Azure accepts it
  'NI-TF-001': ERROR, // ${} in depends_on: terraform init refuses
};

describe('rule severities', () => {
  it.each(ALL_RULES.map((r) => [r.id, r] as const))('%s has the severity its consequence calls for', (id, rule) => {
    expect(rule.severity).toBe(EXPECTED[id]);
  });

  it('lists every rule of the pack, and no other', () => {
    expect(Object.keys(EXPECTED)).toEqual(ALL_RULES.map((r) => r.id));
  });
});
