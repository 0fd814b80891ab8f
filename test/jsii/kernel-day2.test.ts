// Foreign-language consumers of the day-2 constructs: a ClusterMigration at each MigrationStage (a cluster by id,
// through the static factory with a struct argument) and a NetworkIsolatedCluster with PrivateMonitoring and
// PrivateKeyVaultSecretsProvider, built through the jsii kernel with plain JSON only, as a Python, Java, C# or Go
// program builds them. The JSON is asserted on the same attributes as test/migration/ and test/addons/.
import { ObjRef, struct } from './kernel-client';
import { closeKernelSession, KernelSession, LIB, newApp, newProviderStack, stackJson, startKernelSession } from './kernel-session';
import { addressAt, onlyResource, refAt, resourceAt, resourcesOf } from '../helpers';
import { AZURE_MONITOR_ZONES, KEY_VAULT_SECRETS_USER } from '../addons/azure-facts';

const CLUSTER_ID = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks';
const CLUSTER_TYPE = 'Microsoft.ContainerService/managedClusters@2025-10-01';
const STAGES = ['ARTIFACT_CACHE', 'REIMAGE_NODES', 'ISOLATED'];

let session: KernelSession;
/** Stage name -> the Terraform JSON of a stack migrating the cluster by id at that stage. */
const migrationJson: { [stage: string]: any } = {};
/** Stage name -> what the kernel answers for the migration's properties. */
const migrationObjects: { [stage: string]: { stageName: string; upgrades: number; clusterUpdate: boolean } } = {};
let targetKind: unknown;
let stageNames: string[];
let day2: any;
let day2Objects: { scopeRef: string; keyVaultId: string; dependables: number };

beforeAll(async () => {
  // GIVEN one kernel for the file (loading the provider's assembly is the slow part)
  session = await startKernelSession('jsii-kernel-day2');
  const { kernel } = session;

  // WHEN a foreign program takes a cluster created elsewhere through every stage, one stack each, in one App
  const migrations = await newApp(session, 'migration');
  const stages: ObjRef[] = await kernel.sinvoke(`${LIB}.MigrationStage`, 'all');
  stageNames = await Promise.all(stages.map((s) => kernel.get(s, 'name')));
  const target = await kernel.sinvoke(`${LIB}.MigrationTarget`, 'clusterId', [
    CLUSTER_ID,
    struct(`${LIB}.ClusterIdTargetOptions`, { agentPoolNames: ['system', 'apps'] }),
  ]);
  targetKind = await kernel.get(target, 'kind');
  const created: [string, ObjRef][] = [];
  for (const name of stageNames) {
    const stage = await kernel.sget(`${LIB}.MigrationStage`, name);
    const stack = await newProviderStack(session, migrations, `stage-${name}`);
    created.push([name, await kernel.create(`${LIB}.ClusterMigration`, [stack, 'Migration', struct(`${LIB}.ClusterMigrationProps`, { target, stage })])]);
  }
  await kernel.invoke(migrations, 'synth');
  for (const [name, migration] of created) {
    migrationJson[name] = stackJson(session, 'migration', `stage-${name}`);
    migrationObjects[name] = {
      stageName: await kernel.get(await kernel.get(migration, 'stage'), 'name'),
      upgrades: (await kernel.get(migration, 'nodeImageUpgrades')).length,
      clusterUpdate: (await kernel.get(migration, 'clusterUpdate')) !== undefined,
    };
  }

  // AND a new isolated cluster with private monitoring and the private Key Vault secrets provider
  const app = await newApp(session, 'day2');
  const stack = await newProviderStack(session, app, 'day2');
  const placement = { resourceGroupName: 'rg-aks', location: 'westeurope' };
  const network = await kernel.create(`${LIB}.IsolatedNetwork`, [stack, 'Network', struct(`${LIB}.IsolatedNetworkProps`, placement)]);
  const cluster = await kernel.create(`${LIB}.NetworkIsolatedCluster`, [stack, 'Aks', struct(`${LIB}.NetworkIsolatedClusterProps`, { ...placement, network })]);
  const monitoring = await kernel.create(`${LIB}.PrivateMonitoring`, [stack, 'Monitoring', struct(`${LIB}.PrivateMonitoringProps`, { cluster })]);
  const secrets = await kernel.create(`${LIB}.PrivateKeyVaultSecretsProvider`, [
    stack,
    'Secrets',
    struct(`${LIB}.PrivateKeyVaultSecretsProviderProps`, { cluster }),
  ]);
  await kernel.invoke(app, 'synth');
  day2 = stackJson(session, 'day2', 'day2');
  day2Objects = {
    scopeRef: (await kernel.get(monitoring, 'privateLinkScope'))['$jsii.byref'],
    keyVaultId: await kernel.get(secrets, 'keyVaultId'),
    dependables: (await kernel.get(secrets, 'dependables')).length,
  };
}, 120_000);

afterAll(() => closeKernelSession(session));

/** The azapi_resource_action elements of a document. */
function actions(json: any): any[] {
  return Object.values(resourcesOf(json, 'azapi_resource_action'));
}

describe('ClusterMigration from a foreign client, cluster by id (MigrationTarget.clusterId with a struct)', () => {
  test('MigrationStage.all() lists the three stages in order, and the target kind comes back as the enum', () => {
    expect(stageNames).toEqual(STAGES);
    expect(targetKind).toEqual({ '$jsii.enum': `${LIB}.MigrationTargetKind/CLUSTER_ID` });
  });

  test.each(STAGES)('at %s the construct reports its stage and an azapi cluster update', (name) => {
    expect(migrationObjects[name]).toMatchObject({ stageName: name, clusterUpdate: true });
  });

  test('ARTIFACT_CACHE updates only the bootstrap profile through azapi_update_resource, and reimages nothing', () => {
    const json = migrationJson.ARTIFACT_CACHE;
    expect(onlyResource(json, 'azapi_update_resource')).toMatchObject({
      type: CLUSTER_TYPE,
      resource_id: CLUSTER_ID,
      body: { properties: { bootstrapProfile: { artifactSource: 'Cache' } } },
    });
    expect(onlyResource(json, 'azapi_update_resource').body.properties.networkProfile).toBeUndefined();
    expect(actions(json)).toEqual([]);
    expect(migrationObjects.ARTIFACT_CACHE.upgrades).toBe(0);
  });

  test('REIMAGE_NODES reimages every named pool after the cluster update, outbound type still kept', () => {
    const json = migrationJson.REIMAGE_NODES;
    const update = addressAt(json, 'azapi_update_resource', 'Migration/ClusterUpdate');
    expect(actions(json)).toHaveLength(2);
    const upgrades = [
      ['Migration/NodeImageUpgrade', 'system'],
      ['Migration/NodeImageUpgrade2', 'apps'],
    ].map(([at, pool]) => ({ upgrade: resourceAt(json, 'azapi_resource_action', at), pool }));
    for (const { upgrade, pool } of upgrades) {
      expect(upgrade).toMatchObject({
        type: 'Microsoft.ContainerService/managedClusters/agentPools@2025-10-01',
        resource_id: `${CLUSTER_ID}/agentPools/${pool}`,
        action: 'upgradeNodeImageVersion',
        method: 'POST',
        depends_on: [update],
      });
    }
    expect(onlyResource(json, 'azapi_update_resource').body.properties.networkProfile).toBeUndefined();
    expect(migrationObjects.REIMAGE_NODES.upgrades).toBe(2);
  });

  test('ISOLATED adds outbound type none to the same update and keeps the node image upgrades unchanged', () => {
    const json = migrationJson.ISOLATED;
    expect(onlyResource(json, 'azapi_update_resource').body).toEqual({
      properties: { bootstrapProfile: { artifactSource: 'Cache' }, networkProfile: { outboundType: 'none' } },
    });
    const strip = (all: any[]) =>
      all.map((action) => {
        const copy = { ...action };
        delete copy['//'];
        return copy;
      });
    expect(strip(actions(json))).toEqual(strip(actions(migrationJson.REIMAGE_NODES)));
  });

  test('the stage is recorded for the checks until the cluster is isolated', () => {
    const marker = (name: string) => onlyResource(migrationJson[name], 'azapi_update_resource')['//']?.isolatedAksMigration;
    expect(STAGES.map(marker)).toEqual([{ migrationStage: 1 }, { migrationStage: 2 }, undefined]);
  });

  test('the update keeps its address through every stage', () => {
    const addresses = STAGES.map((name) => addressAt(migrationJson[name], 'azapi_update_resource', 'Migration/ClusterUpdate'));
    expect(addresses).toEqual([addresses[0], addresses[0], addresses[0]]);
  });

  test('every stack declares the azapi provider it uses', () => {
    expect(STAGES.map((name) => migrationJson[name].terraform.required_providers.azapi?.source)).toEqual(STAGES.map(() => 'Azure/azapi'));
  });
});

describe('NetworkIsolatedCluster with PrivateMonitoring and PrivateKeyVaultSecretsProvider from a foreign client', () => {
  const aks = () => onlyResource(day2, 'azurerm_kubernetes_cluster');
  const workspace = () => refAt(day2, 'azurerm_log_analytics_workspace', 'Monitoring/LogAnalyticsWorkspace');
  const vault = () => refAt(day2, 'azurerm_key_vault', 'Secrets/Vault');
  const endpointFor = (subresource: string) =>
    (Object.values(resourcesOf(day2, 'azurerm_private_endpoint')) as any[]).filter((e) => e.private_service_connection.subresource_names.includes(subresource));
  const zoneNames = (endpoint: any) =>
    endpoint.private_dns_zone_group.private_dns_zone_ids.map(
      (id: string) => (Object.entries<any>(resourcesOf(day2, 'azurerm_private_dns_zone')).find(([lid]) => id === `\${azurerm_private_dns_zone.${lid}.id}`) ?? [])[1]?.name,
    );

  test('the escape hatches are typed provider objects and the vault id a token', () => {
    expect(day2Objects.scopeRef).toMatch(/^@cdktf\/provider-azurerm\.monitorPrivateLinkScope\.MonitorPrivateLinkScope@/);
    expect(day2Objects.keyVaultId).toMatch(/^\$\{TfToken\[/);
    expect(day2Objects.dependables).toBe(3);
  });

  test('oms_agent with managed identity auth to the workspace, and monitor_metrics', () => {
    expect(aks().oms_agent).toEqual({ log_analytics_workspace_id: workspace(), msi_auth_for_monitoring_enabled: true });
    expect(aks().monitor_metrics).toEqual({});
  });

  test('scope ingests PrivateOnly; workspace, monitor workspace and both DCEs take no public ingestion, in the region', () => {
    expect(onlyResource(day2, 'azurerm_monitor_private_link_scope').ingestion_access_mode).toBe('PrivateOnly');
    expect(onlyResource(day2, 'azurerm_log_analytics_workspace').internet_ingestion_enabled).toBe(false);
    expect(onlyResource(day2, 'azurerm_monitor_workspace').public_network_access_enabled).toBe(false);
    const dces = Object.values(resourcesOf(day2, 'azurerm_monitor_data_collection_endpoint')) as any[];
    expect(dces.map((d) => [d.public_network_access_enabled, d.location])).toEqual([
      [false, 'westeurope'],
      [false, 'westeurope'],
    ]);
  });

  test('the workspace and both DCEs are scoped into the scope', () => {
    const linked = (Object.values(resourcesOf(day2, 'azurerm_monitor_private_link_scoped_service')) as any[]).map((s) => s.linked_resource_id);
    expect(linked.sort()).toEqual(
      [
        workspace(),
        refAt(day2, 'azurerm_monitor_data_collection_endpoint', 'Monitoring/LogsEndpoint/Resource'),
        refAt(day2, 'azurerm_monitor_data_collection_endpoint', 'Monitoring/MetricsEndpoint/Resource'),
      ].sort(),
    );
  });

  test('the azuremonitor endpoint has the five zones, the prometheusMetrics endpoint the regional zone', () => {
    const [scope] = endpointFor('azuremonitor');
    expect(zoneNames(scope).sort()).toEqual([...AZURE_MONITOR_ZONES].sort());
    const [prometheus] = endpointFor('prometheusMetrics');
    expect(prometheus.private_service_connection.private_connection_resource_id).toBe(refAt(day2, 'azurerm_monitor_workspace', 'Monitoring/MonitorWorkspace'));
    expect(zoneNames(prometheus)).toEqual(['privatelink.${lower(replace("westeurope", " ", ""))}.prometheus.monitor.azure.com']);
  });

  test('both DCRs and the configurationAccessEndpoint are associated to the cluster', () => {
    const associations = Object.values(resourcesOf(day2, 'azurerm_monitor_data_collection_rule_association')) as any[];
    expect(associations.map((a) => a.name).sort()).toEqual(['ContainerInsightsExtension', 'PrometheusMetrics', 'configurationAccessEndpoint']);
    expect(new Set(associations.map((a) => a.target_resource_id))).toEqual(new Set([refAt(day2, 'azurerm_kubernetes_cluster', 'Aks/Cluster')]));
  });

  test('control-plane diagnostic settings include kube-audit-admin to the workspace', () => {
    const diag = onlyResource(day2, 'azurerm_monitor_diagnostic_setting');
    expect(diag.log_analytics_workspace_id).toBe(workspace());
    expect(diag.enabled_log.map((l: any) => l.category)).toContain('kube-audit-admin');
  });

  test('the cluster waits for the scope members and both monitoring endpoints', () => {
    expect(aks().depends_on).toEqual(
      expect.arrayContaining([
        addressAt(day2, 'azurerm_monitor_private_link_scoped_service', 'Monitoring/ScopedWorkspace'),
        addressAt(day2, 'azurerm_monitor_private_link_scoped_service', 'Monitoring/ScopedLogsEndpoint'),
        addressAt(day2, 'azurerm_monitor_private_link_scoped_service', 'Monitoring/ScopedMetricsEndpoint'),
        addressAt(day2, 'azurerm_private_endpoint', 'Monitoring/ScopePrivateLink/Endpoint'),
        addressAt(day2, 'azurerm_private_endpoint', 'Monitoring/PrometheusPrivateLink/Endpoint'),
      ]),
    );
  });

  test('the secrets provider add-on rotates secrets', () => {
    expect(aks().key_vault_secrets_provider).toEqual({ secret_rotation_enabled: true, secret_rotation_interval: '2m' });
  });

  test('the vault is private and RBAC-authorized, with a `vault` endpoint in privatelink.vaultcore.azure.net', () => {
    expect(onlyResource(day2, 'azurerm_key_vault')).toMatchObject({ public_network_access_enabled: false, rbac_authorization_enabled: true });
    const endpoints = endpointFor('vault');
    expect(endpoints.map((e) => e.private_service_connection.private_connection_resource_id)).toEqual([vault()]);
    expect(zoneNames(endpoints[0])).toEqual(['privatelink.vaultcore.azure.net']);
  });

  test('Key Vault Secrets User for the add-on identity on the vault', () => {
    const principal = `\${${addressAt(day2, 'azurerm_kubernetes_cluster', 'Aks/Cluster')}.key_vault_secrets_provider[0].secret_identity[0].object_id}`;
    const grants = (Object.values(resourcesOf(day2, 'azurerm_role_assignment')) as any[]).filter((r) => r.principal_id === principal);
    expect(grants.map((g) => [g.scope, g.role_definition_id.split('/').pop()])).toEqual([[vault(), KEY_VAULT_SECRETS_USER]]);
  });
});
