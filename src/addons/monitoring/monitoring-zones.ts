import { Fn } from 'cdktf';

/**
 * The five privatelink zones of an Azure Monitor Private Link Scope's endpoint (subresource `azuremonitor`).
 * @see https://learn.microsoft.com/azure/azure-monitor/logs/private-link-configure
 */
export const AZURE_MONITOR_PRIVATE_DNS_ZONES: string[] = [
  'privatelink.monitor.azure.com',
  'privatelink.oms.opinsights.azure.com',
  'privatelink.ods.opinsights.azure.com',
  'privatelink.agentsvc.azure-automation.net',
  'privatelink.blob.core.windows.net',
];

/**
 * The privatelink zone of an Azure Monitor workspace's endpoint (subresource `prometheusMetrics`) in a region;
 * the region is normalized in Terraform (`West Europe` -> `westeurope`) so a token works too.
 */
export function prometheusPrivateDnsZone(location: string): string {
  return `privatelink.${Fn.lower(Fn.replace(location, ' ', ''))}.prometheus.monitor.azure.com`;
}

/** Control-plane log categories sent to the workspace (kube-audit-admin: writes only, the affordable audit log). */
export const CONTROL_PLANE_LOG_CATEGORIES: string[] = [
  'kube-audit-admin',
  'kube-controller-manager',
  'cluster-autoscaler',
  'guard',
];

/** Stream of the Container insights extension (everything it collects, ContainerLogV2 included). */
export const CONTAINER_INSIGHTS_STREAM = 'Microsoft-ContainerInsights-Group-Default';

/** Stream of Managed Prometheus. */
export const PROMETHEUS_STREAM = 'Microsoft-PrometheusMetrics';

/** The association name Azure requires for a cluster's data collection endpoint (configuration access). */
export const CONFIGURATION_ACCESS_ENDPOINT = 'configurationAccessEndpoint';
