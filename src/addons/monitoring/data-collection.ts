import { MonitorDataCollectionEndpoint } from '@cdktf/provider-azurerm/lib/monitor-data-collection-endpoint';
import { MonitorDataCollectionRule } from '@cdktf/provider-azurerm/lib/monitor-data-collection-rule';
import { MonitorDataCollectionRuleAssociation } from '@cdktf/provider-azurerm/lib/monitor-data-collection-rule-association';
import { Construct } from 'constructs';
import { ClusterAddOnContext } from '../../cluster/network-isolated-cluster';
import { defaultName } from '../../internal/naming';
import { CONFIGURATION_ACCESS_ENDPOINT, CONTAINER_INSIGHTS_STREAM, PROMETHEUS_STREAM } from './monitoring-zones';

/** A data collection endpoint in the cluster's region with public access off (internal). */
export function privateEndpointForCollection(scope: Construct, id: string, context: ClusterAddOnContext, kind: string): MonitorDataCollectionEndpoint {
  const dceScope = new Construct(scope, id);
  return new MonitorDataCollectionEndpoint(dceScope, 'Resource', {
    name: defaultName(dceScope, { maxLength: 44, suffix: 'dce' }),
    resourceGroupName: context.resourceGroupName,
    location: context.location,
    kind: 'Linux',
    publicNetworkAccessEnabled: false,
    description: `${kind} ingestion of a network isolated AKS cluster, reached through the Azure Monitor Private Link Scope`,
    tags: context.tags,
  });
}

/** What the cluster's data collection rules need (`PrivateMonitoring` fills it in). */
export interface DataCollectionOptions {
  /** The cluster's placement (resource group, region, network, tags). */
  readonly context: ClusterAddOnContext;
  /** Resource id of the AKS cluster the rules are associated to. */
  readonly clusterId: string;
  /** Log Analytics workspace that receives Container insights. */
  readonly logAnalyticsWorkspaceId: string;
  /** Azure Monitor workspace that receives Managed Prometheus metrics. */
  readonly monitorWorkspaceId: string;
  /** The private data collection endpoint of the logs (also the `configurationAccessEndpoint`). */
  readonly logsEndpoint: MonitorDataCollectionEndpoint;
  /** The private data collection endpoint of the metrics, in the cluster's region. */
  readonly metricsEndpoint: MonitorDataCollectionEndpoint;
}

/**
 * The Container insights and Managed Prometheus data collection rules, each through a private DCE, and their
 * associations to the cluster, plus the `configurationAccessEndpoint` association.
 */
export class ClusterDataCollection extends Construct {
  /** Container insights rule (to the Log Analytics workspace). */
  public readonly containerInsightsRule: MonitorDataCollectionRule;
  /** Managed Prometheus rule (to the Azure Monitor workspace). */
  public readonly prometheusRule: MonitorDataCollectionRule;
  /** The three associations to the cluster. */
  public readonly associations: MonitorDataCollectionRuleAssociation[];

  constructor(scope: Construct, id: string, options: DataCollectionOptions) {
    super(scope, id);
    const { context } = options;
    this.containerInsightsRule = new MonitorDataCollectionRule(this, 'ContainerInsightsRule', {
      name: defaultName(this, { maxLength: 64, suffix: 'ci-dcr' }),
      resourceGroupName: context.resourceGroupName,
      location: context.location,
      kind: 'Linux',
      dataCollectionEndpointId: options.logsEndpoint.id,
      dataSources: {
        extension: [
          {
            name: 'ContainerInsightsExtension',
            extensionName: 'ContainerInsights',
            streams: [CONTAINER_INSIGHTS_STREAM],
            extensionJson: JSON.stringify({
              dataCollectionSettings: { interval: '1m', namespaceFilteringMode: 'Off', enableContainerLogV2: true },
            }),
          },
        ],
      },
      destinations: { logAnalytics: [{ name: 'workspace', workspaceResourceId: options.logAnalyticsWorkspaceId }] },
      dataFlow: [{ streams: [CONTAINER_INSIGHTS_STREAM], destinations: ['workspace'] }],
      tags: context.tags,
    });
    this.prometheusRule = new MonitorDataCollectionRule(this, 'PrometheusRule', {
      name: defaultName(this, { maxLength: 64, suffix: 'prom-dcr' }),
      resourceGroupName: context.resourceGroupName,
      location: context.location,
      kind: 'Linux',
      dataCollectionEndpointId: options.metricsEndpoint.id,
      dataSources: { prometheusForwarder: [{ name: 'PrometheusDataSource', streams: [PROMETHEUS_STREAM] }] },
      destinations: { monitorAccount: [{ name: 'monitorWorkspace', monitorAccountId: options.monitorWorkspaceId }] },
      dataFlow: [{ streams: [PROMETHEUS_STREAM], destinations: ['monitorWorkspace'] }],
      tags: context.tags,
    });
    this.associations = [
      new MonitorDataCollectionRuleAssociation(this, 'ContainerInsightsAssociation', {
        name: 'ContainerInsightsExtension',
        targetResourceId: options.clusterId,
        dataCollectionRuleId: this.containerInsightsRule.id,
      }),
      new MonitorDataCollectionRuleAssociation(this, 'PrometheusAssociation', {
        name: 'PrometheusMetrics',
        targetResourceId: options.clusterId,
        dataCollectionRuleId: this.prometheusRule.id,
      }),
      new MonitorDataCollectionRuleAssociation(this, 'ConfigurationAccessEndpoint', {
        name: CONFIGURATION_ACCESS_ENDPOINT,
        targetResourceId: options.clusterId,
        dataCollectionEndpointId: options.logsEndpoint.id,
      }),
    ];
  }
}
