import { PrivateMonitoring } from '../../src';
import { addressAt, onlyResource, refAt, resourcesOf, synth } from '../helpers';
import { clusterStack } from './addon-stack';
import { AZURE_MONITOR_ZONES } from './azure-facts';

const FIVE_ZONES = AZURE_MONITOR_ZONES;

function monitored(props: Partial<ConstructorParameters<typeof PrivateMonitoring>[2]> = {}) {
  const { stack, cluster } = clusterStack();
  new PrivateMonitoring(stack, 'Monitoring', { cluster, ...props });
  return synth(stack);
}

describe('PrivateMonitoring', () => {
  const json = monitored();
  const workspace = refAt(json, 'azurerm_log_analytics_workspace', 'Monitoring/LogAnalyticsWorkspace');
  const clusterRes = onlyResource(json, 'azurerm_kubernetes_cluster');

  test('turns on oms_agent with managed identity auth and monitor_metrics on the cluster', () => {
    expect(clusterRes.oms_agent).toEqual({ log_analytics_workspace_id: workspace, msi_auth_for_monitoring_enabled: true });
    expect(clusterRes.monitor_metrics).toEqual({});
  });

  test('scope ingests PrivateOnly; workspace, monitor workspace and both DCEs take no public ingestion', () => {
    expect(onlyResource(json, 'azurerm_monitor_private_link_scope').ingestion_access_mode).toBe('PrivateOnly');
    expect(onlyResource(json, 'azurerm_log_analytics_workspace').internet_ingestion_enabled).toBe(false);
    expect(onlyResource(json, 'azurerm_monitor_workspace').public_network_access_enabled).toBe(false);
    const dces = Object.values(resourcesOf(json, 'azurerm_monitor_data_collection_endpoint'));
    expect(dces.map((d: any) => [d.public_network_access_enabled, d.location])).toEqual([[false, 'westeurope'], [false, 'westeurope']]);
  });

  test('scopes the workspace and both DCEs into the scope', () => {
    const linked = Object.values(resourcesOf(json, 'azurerm_monitor_private_link_scoped_service')).map((s: any) => s.linked_resource_id);
    expect(linked.sort()).toEqual(
      [workspace, refAt(json, 'azurerm_monitor_data_collection_endpoint', 'Monitoring/LogsEndpoint/Resource'), refAt(json, 'azurerm_monitor_data_collection_endpoint', 'Monitoring/MetricsEndpoint/Resource')].sort(),
    );
  });

  test('azuremonitor endpoint has the five zones, prometheusMetrics endpoint the regional zone', () => {
    const zones = resourcesOf(json, 'azurerm_private_dns_zone');
    const names = Object.values(zones).map((z: any) => z.name);
    expect(names).toEqual(expect.arrayContaining([...FIVE_ZONES, expect.stringMatching(/^privatelink\.\$\{lower\(replace\("westeurope", " ", ""\)\)\}\.prometheus\.monitor\.azure\.com$/)]));
    const endpoints = Object.values(resourcesOf(json, 'azurerm_private_endpoint')) as any[];
    const scopeEp = endpoints.find((e) => e.private_service_connection.subresource_names[0] === 'azuremonitor');
    expect(scopeEp.private_dns_zone_group.private_dns_zone_ids).toHaveLength(5);
    const promEp = endpoints.find((e) => e.private_service_connection.subresource_names[0] === 'prometheusMetrics');
    expect(promEp.private_service_connection.private_connection_resource_id).toBe(refAt(json, 'azurerm_monitor_workspace', 'Monitoring/MonitorWorkspace'));
  });

  test('scope endpoint waits for the scoped services; the cluster waits for scope members and endpoints', () => {
    const scopeEp = addressAt(json, 'azurerm_private_endpoint', 'Monitoring/ScopePrivateLink/Endpoint');
    const ep = resourcesOf(json, 'azurerm_private_endpoint')[scopeEp.split('.')[1]];
    expect(ep.depends_on).toContain(addressAt(json, 'azurerm_monitor_private_link_scoped_service', 'Monitoring/ScopedWorkspace'));
    expect(clusterRes.depends_on).toEqual(expect.arrayContaining([scopeEp, addressAt(json, 'azurerm_monitor_private_link_scoped_service', 'Monitoring/ScopedLogsEndpoint')]));
    for (const d of clusterRes.depends_on) expect(d).not.toMatch(/^\$\{/);
  });

  test('DCRs use the private DCEs and are associated, plus the configurationAccessEndpoint association', () => {
    const ci = Object.values(resourcesOf(json, 'azurerm_monitor_data_collection_rule')).find((r: any) => r.data_sources.extension) as any;
    expect(ci.data_collection_endpoint_id).toBe(refAt(json, 'azurerm_monitor_data_collection_endpoint', 'Monitoring/LogsEndpoint/Resource'));
    const prom = Object.values(resourcesOf(json, 'azurerm_monitor_data_collection_rule')).find((r: any) => r.data_sources.prometheus_forwarder) as any;
    expect(prom).toMatchObject({ kind: 'Linux', data_sources: { prometheus_forwarder: [{ streams: ['Microsoft-PrometheusMetrics'] }] } });
    expect(prom.data_collection_endpoint_id).toBe(refAt(json, 'azurerm_monitor_data_collection_endpoint', 'Monitoring/MetricsEndpoint/Resource'));
    const assoc = Object.values(resourcesOf(json, 'azurerm_monitor_data_collection_rule_association')) as any[];
    expect(assoc.map((a) => a.name).sort()).toEqual(['ContainerInsightsExtension', 'PrometheusMetrics', 'configurationAccessEndpoint']);
    expect(assoc.find((a) => a.name === 'configurationAccessEndpoint').data_collection_endpoint_id).toBe(ci.data_collection_endpoint_id);
  });

  test('control-plane diagnostic settings include kube-audit-admin to the workspace', () => {
    const diag = onlyResource(json, 'azurerm_monitor_diagnostic_setting');
    expect(diag.log_analytics_workspace_id).toBe(workspace);
    expect(diag.enabled_log.map((l: any) => l.category)).toContain('kube-audit-admin');
  });

  test('existing workspaces and hub zones: no workspace or zone created for them', () => {
    const hub = monitored({
      logAnalyticsWorkspaceId: '/subscriptions/s/resourceGroups/r/providers/Microsoft.OperationalInsights/workspaces/law',
      monitorWorkspaceId: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Monitor/accounts/amw',
      existingPrivateDnsZoneIds: Object.fromEntries([...FIVE_ZONES, 'privatelink.westeurope.prometheus.monitor.azure.com'].map((z) => [z, `/zones/${z}`])),
    });
    expect(resourcesOf(hub, 'azurerm_log_analytics_workspace')).toEqual({});
    expect(resourcesOf(hub, 'azurerm_monitor_workspace')).toEqual({});
    expect(resourcesOf(hub, 'azurerm_private_dns_zone')).toEqual({});
    expect(onlyResource(hub, 'azurerm_kubernetes_cluster').oms_agent.log_analytics_workspace_id).toMatch(/workspaces\/law$/);
  });

  test('rejects an unknown hub zone name', () => {
    expect(() => monitored({ existingPrivateDnsZoneIds: { 'privatelink.example.com': '/zones/x' } })).toThrow(/existingPrivateDnsZoneIds has unknown zone "privatelink.example.com"/);
  });
});
