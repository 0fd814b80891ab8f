import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { MonitorDataCollectionEndpoint } from '@cdktf/provider-azurerm/lib/monitor-data-collection-endpoint';
import { MonitorDiagnosticSetting } from '@cdktf/provider-azurerm/lib/monitor-diagnostic-setting';
import { MonitorPrivateLinkScope } from '@cdktf/provider-azurerm/lib/monitor-private-link-scope';
import { MonitorPrivateLinkScopedService } from '@cdktf/provider-azurerm/lib/monitor-private-link-scoped-service';
import { MonitorWorkspace } from '@cdktf/provider-azurerm/lib/monitor-workspace';
import { dependable } from 'cdktf';
import { Construct } from 'constructs';
import { NetworkIsolatedCluster } from '../../cluster/network-isolated-cluster';
import { defaultName } from '../../internal/naming';
import { SubnetReference } from '../../network/network-types';
import { AddOnPrivateLink } from '../private-link';
import { ClusterDataCollection, privateEndpointForCollection } from './data-collection';
import { AZURE_MONITOR_PRIVATE_DNS_ZONES, CONTROL_PLANE_LOG_CATEGORIES, prometheusPrivateDnsZone } from './monitoring-zones';

/** Props of a `PrivateMonitoring`. Everything but the cluster is optional. */
export interface PrivateMonitoringProps {
  /** The cluster to monitor. */
  readonly cluster: NetworkIsolatedCluster;
  /**
   * Resource id of an existing Log Analytics workspace. Turn its internet ingestion off yourself (the
   * construct cannot change a resource it does not own; the checks verify it when it is in the stack).
   * @default - a new PerGB2018 workspace (30 days) with internet ingestion off
   */
  readonly logAnalyticsWorkspaceId?: string;
  /**
   * Resource id of an existing Azure Monitor workspace (Managed Prometheus); its public access must be off.
   * @default - a new Azure Monitor workspace with public network access off
   */
  readonly monitorWorkspaceId?: string;
  /**
   * Existing privatelink zone ids from a hub, keyed by zone name (the five `azuremonitor` zones and
   * privatelink.<region>.prometheus.monitor.azure.com). Zones not listed are created and linked to the VNet.
   * @default - every zone created and linked to the cluster VNet
   */
  readonly existingPrivateDnsZoneIds?: { [zoneName: string]: string };
  /**
   * Subnet of the two private endpoints.
   * @default - the cluster network's private endpoint subnet
   */
  readonly privateEndpointSubnet?: SubnetReference;
}

/**
 * Container insights and Managed Prometheus on a network isolated cluster, through one Azure Monitor Private
 * Link Scope: the scope (ingestion PrivateOnly) with the Log Analytics workspace and both data collection
 * endpoints scoped in, the endpoints (public access off), the data collection rules and associations
 * (including `configurationAccessEndpoint`), the `azuremonitor` and `prometheusMetrics` private endpoints
 * with their zones, `oms_agent` with managed identity auth and `monitor_metrics` on the cluster, and the
 * control-plane diagnostic settings (kube-audit-admin and more) to the workspace.
 * @see https://learn.microsoft.com/azure/azure-monitor/containers/kubernetes-monitoring-private-link
 */
export class PrivateMonitoring extends Construct {
  /** The Log Analytics workspace, unless an existing one was given. */
  public readonly logAnalyticsWorkspace?: LogAnalyticsWorkspace;
  /** The Azure Monitor workspace, unless an existing one was given. */
  public readonly monitorWorkspace?: MonitorWorkspace;
  /** The Azure Monitor Private Link Scope (ingestion PrivateOnly). */
  public readonly privateLinkScope: MonitorPrivateLinkScope;
  /** Data collection endpoint of Container insights (also the cluster's configuration access endpoint). */
  public readonly logsEndpoint: MonitorDataCollectionEndpoint;
  /** Data collection endpoint of Managed Prometheus. */
  public readonly metricsEndpoint: MonitorDataCollectionEndpoint;
  /** The resources scoped into the Private Link Scope (workspace, both endpoints). */
  public readonly scopedServices: MonitorPrivateLinkScopedService[];
  /** The scope's private endpoint (`azuremonitor`, five zones). */
  public readonly scopePrivateLink: AddOnPrivateLink;
  /** The Azure Monitor workspace's private endpoint (`prometheusMetrics`). */
  public readonly prometheusPrivateLink: AddOnPrivateLink;
  /** Data collection rules and their associations. */
  public readonly dataCollection: ClusterDataCollection;
  /** Control-plane diagnostic settings to the workspace. */
  public readonly diagnosticSetting: MonitorDiagnosticSetting;

  constructor(scope: Construct, id: string, props: PrivateMonitoringProps) {
    super(scope, id);
    const context = props.cluster.addOnContext;
    const aks = props.cluster.cluster;
    if (props.logAnalyticsWorkspaceId === undefined) {
      this.logAnalyticsWorkspace = new LogAnalyticsWorkspace(this, 'LogAnalyticsWorkspace', {
        name: defaultName(this, { maxLength: 63, suffix: 'law' }),
        resourceGroupName: context.resourceGroupName,
        location: context.location,
        sku: 'PerGB2018',
        retentionInDays: 30,
        internetIngestionEnabled: false,
        internetQueryEnabled: true,
        localAuthenticationEnabled: false,
        tags: context.tags,
      });
    }
    const workspaceId = this.logAnalyticsWorkspace?.id ?? props.logAnalyticsWorkspaceId!;
    if (props.monitorWorkspaceId === undefined) {
      this.monitorWorkspace = new MonitorWorkspace(this, 'MonitorWorkspace', {
        name: defaultName(this, { maxLength: 44, suffix: 'amw' }),
        resourceGroupName: context.resourceGroupName,
        location: context.location,
        publicNetworkAccessEnabled: false,
        tags: context.tags,
      });
    }
    const monitorWorkspaceId = this.monitorWorkspace?.id ?? props.monitorWorkspaceId!;

    this.privateLinkScope = new MonitorPrivateLinkScope(this, 'PrivateLinkScope', {
      name: defaultName(this, { maxLength: 255, suffix: 'ampls' }),
      resourceGroupName: context.resourceGroupName,
      ingestionAccessMode: 'PrivateOnly',
      queryAccessMode: 'Open',
      tags: context.tags,
    });
    this.logsEndpoint = privateEndpointForCollection(this, 'LogsEndpoint', context, 'Container insights');
    this.metricsEndpoint = privateEndpointForCollection(this, 'MetricsEndpoint', context, 'Managed Prometheus');
    const scoped = (sid: string, linkedResourceId: string) =>
      new MonitorPrivateLinkScopedService(this, sid, {
        name: defaultName(this, { maxLength: 255, suffix: sid.toLowerCase() }),
        resourceGroupName: context.resourceGroupName,
        scopeName: this.privateLinkScope.name,
        linkedResourceId,
      });
    this.scopedServices = [
      scoped('ScopedWorkspace', workspaceId),
      scoped('ScopedLogsEndpoint', this.logsEndpoint.id),
      scoped('ScopedMetricsEndpoint', this.metricsEndpoint.id),
    ];

    const zones = props.existingPrivateDnsZoneIds ?? {};
    const prometheusZone = prometheusPrivateDnsZone(context.location);
    this.scopePrivateLink = new AddOnPrivateLink(this, 'ScopePrivateLink', {
      context,
      resourceId: this.privateLinkScope.id,
      subresource: 'azuremonitor',
      zoneNames: AZURE_MONITOR_PRIVATE_DNS_ZONES,
      existingZoneIds: pick(zones, AZURE_MONITOR_PRIVATE_DNS_ZONES),
      subnet: props.privateEndpointSubnet,
    });
    // The scope's endpoint is created once its members are in: DNS then answers for all of them.
    this.scopePrivateLink.privateEndpoint.dependsOn = [
      ...(this.scopePrivateLink.privateEndpoint.dependsOn ?? []),
      ...this.scopedServices.map((s) => dependable(s)),
    ];
    const prometheusZoneId = Object.entries(zones).find(([name]) => name.includes('.prometheus.monitor.azure.com'))?.[1];
    this.prometheusPrivateLink = new AddOnPrivateLink(this, 'PrometheusPrivateLink', {
      context,
      resourceId: monitorWorkspaceId,
      subresource: 'prometheusMetrics',
      zoneNames: [prometheusZone],
      existingZoneIds: prometheusZoneId === undefined ? undefined : { [prometheusZone]: prometheusZoneId },
      subnet: props.privateEndpointSubnet,
    });
    const unknown = Object.keys(zones).filter((z) => !AZURE_MONITOR_PRIVATE_DNS_ZONES.includes(z) && !z.includes('.prometheus.monitor.azure.com'));
    if (unknown.length > 0) {
      throw new Error(
        `${this.node.path}: existingPrivateDnsZoneIds has unknown zone "${unknown[0]}". Allowed: ${AZURE_MONITOR_PRIVATE_DNS_ZONES.join(', ')}, privatelink.<region>.prometheus.monitor.azure.com. ` +
          'Fix: key the map by zone name (https://learn.microsoft.com/azure/azure-monitor/logs/private-link-configure).',
      );
    }

    aks.putOmsAgent({ logAnalyticsWorkspaceId: workspaceId, msiAuthForMonitoringEnabled: true });
    aks.putMonitorMetrics({});
    // Agents start with the cluster: the scope, its members and both endpoints exist first.
    aks.dependsOn = [
      ...(aks.dependsOn ?? []),
      ...[...this.scopedServices, ...this.scopePrivateLink.dependables, ...this.prometheusPrivateLink.dependables].map((d) =>
        dependable(d),
      ),
    ];

    this.dataCollection = new ClusterDataCollection(this, 'DataCollection', {
      context,
      clusterId: aks.id,
      logAnalyticsWorkspaceId: workspaceId,
      monitorWorkspaceId,
      logsEndpoint: this.logsEndpoint,
      metricsEndpoint: this.metricsEndpoint,
    });
    this.diagnosticSetting = new MonitorDiagnosticSetting(this, 'ControlPlaneLogs', {
      name: 'control-plane-to-workspace',
      targetResourceId: aks.id,
      logAnalyticsWorkspaceId: workspaceId,
      logAnalyticsDestinationType: 'Dedicated',
      enabledLog: CONTROL_PLANE_LOG_CATEGORIES.map((category) => ({ category })),
    });
  }
}

function pick(zones: { [zoneName: string]: string }, names: string[]): { [zoneName: string]: string } {
  return Object.fromEntries(Object.entries(zones).filter(([name]) => names.includes(name)));
}
