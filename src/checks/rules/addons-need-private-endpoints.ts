import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { clusters } from '../model/subjects';
import type { TerraformDocument, TfResource } from '../model/terraform-document';
import { containerInsightsGaps, keyVaultGaps, prometheusGaps } from '../model/addon-wiring';
import { asBool, block } from '../model/values';

/** An add-on that reaches Azure services, how it is enabled, and the private wiring it needs. */
interface AddOn {
  readonly name: string;
  readonly enabled: (cluster: TfResource) => boolean;
  readonly wiring: string;
  /** What of the wiring the document lacks (empty: wired, no finding); absent: never wired (egress add-ons). */
  readonly gaps?: (doc: TerraformDocument, cluster: TfResource) => string[];
}

const hasBlock = (key: string) => (c: TfResource) => block(c.config, key) !== undefined;
const isTrue = (key: string) => (c: TfResource) => asBool(c.config[key]) === true;
const ADD_ONS: readonly AddOn[] = [
  {
    name: 'Container insights (oms_agent)',
    enabled: hasBlock('oms_agent'),
    wiring:
      'an Azure Monitor Private Link Scope (AMPLS) with a private endpoint, its privatelink DNS zones and the Log Analytics workspace in the scope',
    gaps: containerInsightsGaps,
  },
  {
    name: 'Managed Prometheus (monitor_metrics)',
    enabled: hasBlock('monitor_metrics'),
    wiring:
      'an Azure Monitor Private Link Scope with the data collection endpoint and the Azure Monitor workspace private endpoint',
    gaps: (doc) => prometheusGaps(doc),
  },
  {
    name: 'Microsoft Defender (microsoft_defender)',
    enabled: hasBlock('microsoft_defender'),
    wiring:
      'an Azure Monitor Private Link Scope for its Log Analytics workspace, or a firewall path to the Defender endpoints',
  },
  {
    name: 'Key Vault secrets provider (key_vault_secrets_provider)',
    enabled: hasBlock('key_vault_secrets_provider'),
    wiring:
      'a private endpoint for each Key Vault (subresource "vault") with the privatelink.vaultcore.azure.net zone linked to the VNet',
    gaps: keyVaultGaps,
  },
  {
    name: 'Azure Policy add-on (azure_policy_enabled)',
    enabled: isTrue('azure_policy_enabled'),
    wiring:
      'a firewall path to the Azure Policy data plane endpoints (data.policy.core.windows.net, store.policy.core.windows.net)',
  },
  {
    name: 'Workload identity (workload_identity_enabled)',
    enabled: isTrue('workload_identity_enabled'),
    wiring:
      'a path to Microsoft Entra ID (login.microsoftonline.com) and private endpoints for the Azure services the workloads call',
  },
];

/** NI-EXT-003: add-ons that need private endpoints or a firewall path to work without egress. */
export const addonsNeedPrivateEndpoints: Rule = {
  id: 'NI-EXT-003',
  name: 'addons-need-private-endpoints',
  severity: RuleSeverity.WARNING,
  title: 'Add-ons that reach Azure services have private endpoints or a firewall path',
  explanation:
    'Monitoring, Defender, the Azure Policy add-on, workload identity and the Key Vault CSI driver talk to ' +
    'Azure services outside the VNet. Without egress they need private endpoints (Azure Monitor Private Link ' +
    'Scope, Key Vault private endpoints, ...) or a firewall path, or they silently stop reporting.',
  fix:
    'Add the private wiring the finding names as missing (PrivateMonitoring and PrivateKeyVaultSecretsProvider ' +
    'create all of it): the scope must hold the oms_agent workspace and a data collection endpoint, its endpoint ' +
    'the five zones, the vault must be private and granted to the add-on identity. Egress add-ons (Defender, ' +
    'Azure Policy, workload identity) stay reported: suppress naming the egress path you provide.',
  docUrl: DOCS.networkIsolated,
  evaluate: (doc) =>
    checkEach(clusters(doc), (cluster) =>
      ADD_ONS.filter((a) => a.enabled(cluster)).flatMap((a) => {
        if (!a.gaps) return [`${a.name} is enabled; it needs ${a.wiring}.`];
        const gaps = a.gaps(doc, cluster);
        return gaps.length === 0 ? [] : [`${a.name} is enabled; it needs ${a.wiring}. Missing: ${gaps.join('; ')}.`];
      })
    ),
};
