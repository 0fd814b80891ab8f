import { finding, Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import { ADDON_T } from '../model/addon-wiring';
import { clusters } from '../model/subjects';
import type { TfResource } from '../model/terraform-document';
import { asBool, asString, block, describe, equalsIgnoreCase } from '../model/values';

/** NI-EXT-005: the monitoring resources of a stack with monitoring on accept private ingestion only. */
export const monitoringPrivateIngestion: Rule = {
  id: 'NI-EXT-005',
  name: 'monitoring-private-ingestion',
  severity: RuleSeverity.WARNING,
  title: 'With monitoring on: the Private Link Scope ingests PrivateOnly; workspace, monitor workspace and DCEs have public ingestion off',
  explanation:
    'On a cluster without egress the agents reach Azure Monitor only through the Private Link Scope. An Open ' +
    'scope, a workspace with internet ingestion, or a public data collection endpoint accepts data from ' +
    'anywhere and lets DNS answer with public addresses the nodes cannot reach.',
  fix:
    'Set ingestion_access_mode = "PrivateOnly" on azurerm_monitor_private_link_scope, internet_ingestion_enabled = ' +
    'false on azurerm_log_analytics_workspace, public_network_access_enabled = false on azurerm_monitor_workspace ' +
    'and azurerm_monitor_data_collection_endpoint (PrivateMonitoring does all of it).',
  docUrl: 'https://learn.microsoft.com/azure/azure-monitor/containers/kubernetes-monitoring-private-link',
  evaluate: (doc) => {
    const monitored = clusters(doc).filter((c) => block(c.config, 'oms_agent') || block(c.config, 'monitor_metrics'));
    if (monitored.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    const mustBeFalse = (r: TfResource, key: string) => {
      const raw = r.config[key];
      const value = asBool(doc.literal(raw));
      if (value !== false) out.push(finding(r, `${key} is ${describe(value, raw, 'true')}; allowed: false.`));
    };
    for (const scope of doc.resources(ADDON_T.ampls)) {
      const raw = scope.config.ingestion_access_mode;
      const value = asString(doc.literal(raw));
      if (!equalsIgnoreCase(value, 'PrivateOnly')) out.push(finding(scope, `ingestion_access_mode is ${describe(value, raw, '"Open"')}; allowed: "PrivateOnly".`));
    }
    for (const workspace of doc.resources(ADDON_T.workspace)) mustBeFalse(workspace, 'internet_ingestion_enabled');
    for (const workspace of doc.resources(ADDON_T.monitorWorkspace)) mustBeFalse(workspace, 'public_network_access_enabled');
    for (const endpoint of doc.resources(ADDON_T.dce)) mustBeFalse(endpoint, 'public_network_access_enabled');
    return out;
  },
};
