// Hand-written azurerm wiring of the private add-ons (monitoring through an AMPLS, Key Vault through its
// endpoint), added to the compliant fixture by the NI-EXT rule tests; one helper breaks one thing.
import { A, at, Json, put, ref } from './fixtures';

/** Addresses of the add-on wiring. */
export const W = {
  workspace: 'azurerm_log_analytics_workspace.law',
  amw: 'azurerm_monitor_workspace.amw',
  scope: 'azurerm_monitor_private_link_scope.ampls',
  scopedWorkspace: 'azurerm_monitor_private_link_scoped_service.law',
  scopedDce: 'azurerm_monitor_private_link_scoped_service.dce',
  dce: 'azurerm_monitor_data_collection_endpoint.dce',
  scopeEndpoint: 'azurerm_private_endpoint.ampls',
  promEndpoint: 'azurerm_private_endpoint.prom',
  config: 'azurerm_monitor_data_collection_rule_association.config',
  vault: 'azurerm_key_vault.kv',
  vaultEndpoint: 'azurerm_private_endpoint.kv',
  vaultGrant: 'azurerm_role_assignment.kv_secrets',
} as const;

const endpoint = (target: string, subresource: string, zones: number): Json => ({
  subnet_id: ref(A.endpoints),
  private_service_connection: { private_connection_resource_id: ref(target), subresource_names: [subresource], is_manual_connection: false },
  private_dns_zone_group: { name: subresource, private_dns_zone_ids: Array.from({ length: zones }, (_, i) => `/zones/z${i}`) },
});

/** Container insights + Managed Prometheus on the fixture cluster, wired through one PrivateOnly AMPLS. */
export function wireMonitoring(d: Json): void {
  Object.assign(at(d, A.cluster), { oms_agent: { log_analytics_workspace_id: ref(W.workspace), msi_auth_for_monitoring_enabled: true }, monitor_metrics: {} });
  put(d, W.workspace, { name: 'law', internet_ingestion_enabled: false });
  put(d, W.amw, { name: 'amw', public_network_access_enabled: false });
  put(d, W.scope, { name: 'ampls', ingestion_access_mode: 'PrivateOnly' });
  put(d, W.dce, { name: 'dce', public_network_access_enabled: false });
  put(d, W.scopedWorkspace, { scope_name: ref(W.scope, 'name'), linked_resource_id: ref(W.workspace) });
  put(d, W.scopedDce, { scope_name: ref(W.scope, 'name'), linked_resource_id: ref(W.dce) });
  put(d, W.scopeEndpoint, endpoint(W.scope, 'azuremonitor', 5));
  put(d, W.promEndpoint, endpoint(W.amw, 'prometheusMetrics', 1));
  put(d, W.config, { name: 'configurationAccessEndpoint', target_resource_id: ref(A.cluster), data_collection_endpoint_id: ref(W.dce) });
}

/** The Key Vault secrets provider on the fixture cluster with a private, RBAC vault granted to its identity. */
export function wireKeyVault(d: Json): void {
  at(d, A.cluster).key_vault_secrets_provider = { secret_rotation_enabled: true };
  put(d, W.vault, { name: 'kv', public_network_access_enabled: false, rbac_authorization_enabled: true });
  put(d, W.vaultEndpoint, endpoint(W.vault, 'vault', 1));
  put(d, W.vaultGrant, {
    scope: ref(W.vault),
    role_definition_id: '/subscriptions/${data.azurerm_client_config.current.subscription_id}/providers/Microsoft.Authorization/roleDefinitions/4633458b-17de-408a-b874-0445c86b69e6',
    principal_id: ref(A.cluster, 'key_vault_secrets_provider[0].secret_identity[0].object_id'),
  });
}

/** A private storage class of a provisioner (kubernetes_storage_class_v1). */
export function privateClass(d: Json, name: string, provisioner: string, endpointType = 'privateEndpoint'): void {
  put(d, `kubernetes_storage_class_v1.${name}`, { metadata: { name }, storage_provisioner: provisioner, parameters: { skuName: 'Premium_LRS', networkEndpointType: endpointType } });
}
