/**
 * Look-ups of the private wiring of a cluster's add-ons: the Azure Monitor Private Link Scope that holds the
 * Container insights workspace and a data collection endpoint, the scope's and the Azure Monitor
 * workspace's private endpoints with their zones, and the Key Vault the secrets provider reads.
 * Each look-up returns what is missing (empty: wired), so rules can say exactly what to add.
 */
import type { TerraformDocument, TfResource } from './terraform-document';
import { idOf, T, zoneGroupZoneIds } from './subjects';
import { asBool, asString, block, equalsIgnoreCase, valuesAt } from './values';

/** Terraform types of the add-on wiring. */
export const ADDON_T = {
  ampls: 'azurerm_monitor_private_link_scope',
  scoped: 'azurerm_monitor_private_link_scoped_service',
  dce: 'azurerm_monitor_data_collection_endpoint',
  association: 'azurerm_monitor_data_collection_rule_association',
  workspace: 'azurerm_log_analytics_workspace',
  monitorWorkspace: 'azurerm_monitor_workspace',
  keyVault: 'azurerm_key_vault',
} as const;

/** Number of privatelink zones an `azuremonitor` endpoint registers in. */
export const AZURE_MONITOR_ZONE_COUNT = 5;

/** Built-in role GUID of Key Vault Secrets User. */
export const KEY_VAULT_SECRETS_USER = '4633458b-17de-408a-b874-0445c86b69e6';

/** The private endpoints whose connection uses a subresource (case-insensitive). */
export function endpointsFor(doc: TerraformDocument, subresource: string): TfResource[] {
  return doc
    .resources(T.privateEndpoint)
    .filter((pe) =>
      valuesAt(pe.config, ['private_service_connection', 'subresource_names']).some((n) =>
        equalsIgnoreCase(asString(doc.literal(n)), subresource)
      )
    );
}

function connectionTarget(endpoint: TfResource): unknown {
  return block(endpoint.config, 'private_service_connection')?.private_connection_resource_id;
}

/** The scoped services of a Private Link Scope (by its name or id). */
function scopedServicesOf(doc: TerraformDocument, scope: TfResource): TfResource[] {
  return doc.resources(ADDON_T.scoped).filter((s) => doc.resolve(s.config.scope_name) === scope);
}

/** What is missing for Container insights (`oms_agent`) to ingest privately; empty when wired. */
export function containerInsightsGaps(doc: TerraformDocument, cluster: TfResource): string[] {
  const workspace = block(cluster.config, 'oms_agent')?.log_analytics_workspace_id;
  const scopes = doc.resources(ADDON_T.ampls);
  const withWorkspace = scopes.filter((s) => scopedServicesOf(doc, s).some((m) => doc.sameTarget(m.config.linked_resource_id, workspace)));
  if (withWorkspace.length === 0) return ['an azurerm_monitor_private_link_scope with the oms_agent workspace scoped in (azurerm_monitor_private_link_scoped_service)'];
  const gaps: string[] = [];
  if (!withWorkspace.some((s) => hasScopedDce(doc, s))) gaps.push('a data collection endpoint scoped into the same Private Link Scope');
  if (!withWorkspace.some((s) => scopeEndpointHasZones(doc, s))) {
    gaps.push(`a private endpoint to the scope (subresource "azuremonitor") with a zone group of all ${AZURE_MONITOR_ZONE_COUNT} privatelink zones`);
  }
  const config = doc.findByAttribute(ADDON_T.association, ['target_resource_id'], idOf(cluster));
  if (!config.some((a) => a.config.data_collection_endpoint_id !== undefined)) {
    gaps.push('an azurerm_monitor_data_collection_rule_association "configurationAccessEndpoint" of the cluster to a scoped data collection endpoint');
  }
  return gaps;
}

/** What is missing for Managed Prometheus (`monitor_metrics`) to ingest privately; empty when wired. */
export function prometheusGaps(doc: TerraformDocument): string[] {
  const gaps: string[] = [];
  if (!doc.resources(ADDON_T.ampls).some((s) => hasScopedDce(doc, s))) {
    gaps.push('an azurerm_monitor_private_link_scope with the Azure Monitor workspace\'s data collection endpoint scoped in');
  }
  if (!endpointsFor(doc, 'prometheusMetrics').some((pe) => zoneGroupZoneIds(pe).length > 0)) {
    gaps.push('a private endpoint to the Azure Monitor workspace (subresource "prometheusMetrics") with the privatelink.<region>.prometheus.monitor.azure.com zone');
  }
  return gaps;
}

function hasScopedDce(doc: TerraformDocument, scope: TfResource): boolean {
  return scopedServicesOf(doc, scope).some((m) => {
    const target = doc.resolve(m.config.linked_resource_id);
    return target?.type === ADDON_T.dce || /\/datacollectionendpoints\//i.test(String(doc.literal(m.config.linked_resource_id)));
  });
}

function scopeEndpointHasZones(doc: TerraformDocument, scope: TfResource): boolean {
  return endpointsFor(doc, 'azuremonitor').some(
    (pe) => doc.sameTarget(connectionTarget(pe), idOf(scope)) && zoneGroupZoneIds(pe).length >= AZURE_MONITOR_ZONE_COUNT
  );
}

/** What is missing for the Key Vault secrets provider to reach a vault privately; empty when wired. */
export function keyVaultGaps(doc: TerraformDocument, cluster: TfResource): string[] {
  const grants = doc
    .resources(T.roleAssignment)
    .filter(
      (r) =>
        String(doc.literal(r.config.role_definition_id) ?? r.config.role_definition_name ?? '').toLowerCase().endsWith(KEY_VAULT_SECRETS_USER) ||
        equalsIgnoreCase(asString(r.config.role_definition_name), 'Key Vault Secrets User')
    )
    .filter((r) => doc.references(r.config.principal_id).some((ref) => ref.resource === cluster && ref.attribute === 'key_vault_secrets_provider'));
  if (grants.length === 0) {
    return ['Key Vault Secrets User for the add-on identity (key_vault_secrets_provider[0].secret_identity[0].object_id) on the vault'];
  }
  const endpoints = endpointsFor(doc, 'vault').filter((pe) => zoneGroupZoneIds(pe).length > 0);
  const granted = grants.filter((g) => endpoints.some((pe) => doc.sameTarget(connectionTarget(pe), g.config.scope)));
  if (granted.length === 0) {
    return ['a private endpoint (subresource "vault", zone privatelink.vaultcore.azure.net) to the vault the add-on identity is granted on'];
  }
  const vaults = granted.map((g) => doc.resolve(g.config.scope)).filter((v): v is TfResource => v?.type === ADDON_T.keyVault);
  if (vaults.length > 0 && !vaults.some((v) => asBool(doc.literal(v.config.public_network_access_enabled)) === false)) {
    return ['public_network_access_enabled = false on the granted vault'];
  }
  return [];
}
