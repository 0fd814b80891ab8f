import { inForm } from './model/azapi/form';
import type { TerraformDocument, TfResource } from './model/terraform-document';

/** How serious a finding of a rule is. */
export enum RuleSeverity {
  /** Breaks network isolation or bootstrap: fails the synth and the CLI (exit 1). */
  ERROR = 'error',
  /** Weakens isolation or needs extra wiring: reported, does not fail unless asked to. */
  WARNING = 'warning',
  /** Advice; never fails. */
  INFO = 'info',
}

/** What a rule returns when none of its subject resources are in the document. */
export const NOT_APPLICABLE = 'not-applicable';

/** One non-compliant resource, as a rule reports it. */
export interface Finding {
  /** The Terraform address of the offending resource, e.g. `azurerm_kubernetes_cluster.cluster_1a2b`. */
  readonly address: string;
  /** What is wrong, naming the attribute, its value and the allowed values. */
  readonly message: string;
  /**
   * Set when the finding is expected at this point of a staged change (a `ClusterMigration` before its last
   * stage): why, and when it goes away. The report then gives it severity info instead of the rule's.
   */
  readonly expected?: string;
  /**
   * Other resources the finding is about (e.g. the `azapi_update_resource` that sets a cluster's outbound
   * type); a suppression on any of them covers the finding too. @default - none
   */
  readonly relatedAddresses?: readonly string[];
}

/**
 * The pseudo-address of a finding about the document (the stack) as a whole rather than one resource, e.g.
 * "no AKS cluster to judge". Suppress it like any address: `{ ruleId, address: '(document)', reason }`.
 */
export const DOCUMENT_ADDRESS = '(document)';

/** The result of a rule: not applicable, or its findings (an empty list means compliant). */
export type RuleOutcome = typeof NOT_APPLICABLE | readonly Finding[];

/** The metadata of one network isolation rule (what the README rules table shows). */
export interface RuleInfo {
  /** Stable id, `NI-<AREA>-<NNN>`, e.g. `NI-AKS-001`; never reused or renumbered. Use it in suppressions. */
  readonly id: string;
  /** Kebab-case name, equal to the rule's file name. */
  readonly name: string;
  /** Severity of every finding of the rule. */
  readonly severity: RuleSeverity;
  /** One line: what the rule requires. */
  readonly title: string;
  /** Why it matters: the failure a user would hit in Azure. */
  readonly explanation: string;
  /** How to fix a finding. */
  readonly fix: string;
  /** Documentation page for the requirement. */
  readonly docUrl: string;
}

/**
 * A rule of the network isolation pack (cdk-nag's shape, over Terraform JSON). `evaluate` is a pure
 * function of the document; a missing attribute means the azurerm provider default, and a default that
 * opens egress or exposure is a finding (fail closed).
 */
export interface Rule extends RuleInfo {
  /** Judges one document. */
  evaluate(doc: TerraformDocument): RuleOutcome;
}

/**
 * A finding on a resource. For a resource written with azapi, the azurerm attributes the message names are
 * followed by where the azapi resource writes them (`(azapi: body.properties...)`).
 */
export function finding(resource: TfResource, message: string): Finding {
  return { address: resource.address, message: inForm(resource, message) };
}

/**
 * Runs `check` on each subject resource and collects its findings; NOT_APPLICABLE when there is no
 * subject. `check` returns a finding message, a list of them, or nothing when compliant.
 */
export function checkEach(
  subjects: readonly TfResource[],
  check: (subject: TfResource) => string | readonly string[] | undefined
): RuleOutcome {
  if (subjects.length === 0) return NOT_APPLICABLE;
  const out: Finding[] = [];
  for (const subject of subjects) {
    const result = check(subject);
    const messages = result === undefined ? [] : typeof result === 'string' ? [result] : result;
    for (const message of messages) out.push(finding(subject, message));
  }
  return out;
}

/** Documentation pages the rules link to. */
export const DOCS = {
  networkIsolated: 'https://learn.microsoft.com/azure/aks/concepts-network-isolated',
  networkIsolatedHowTo: 'https://learn.microsoft.com/azure/aks/network-isolated',
  privateCluster: 'https://learn.microsoft.com/azure/aks/private-clusters',
  apiServerVnet: 'https://learn.microsoft.com/azure/aks/api-server-vnet-integration',
  outboundType: 'https://learn.microsoft.com/azure/aks/egress-outboundtype',
  nodeOsUpgrade: 'https://learn.microsoft.com/azure/aks/auto-upgrade-node-os-image',
  identity: 'https://learn.microsoft.com/azure/aks/use-managed-identity',
  acrPrivateLink: 'https://learn.microsoft.com/azure/container-registry/container-registry-private-link',
  acrCache: 'https://learn.microsoft.com/azure/container-registry/artifact-cache-overview',
  defaultOutbound: 'https://learn.microsoft.com/azure/virtual-network/ip-services/default-outbound-access',
  nsg: 'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview',
  cni: 'https://learn.microsoft.com/azure/aks/concepts-network-cni-overview',
  versions: 'https://learn.microsoft.com/azure/aks/supported-kubernetes-versions',
  terraformCluster:
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster',
} as const;
