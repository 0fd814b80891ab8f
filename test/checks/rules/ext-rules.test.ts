import { NOT_APPLICABLE } from '../../../src/checks/rule';
import { addonsNeedPrivateEndpoints } from '../../../src/checks/rules/addons-need-private-endpoints';
import { noFluxConfiguration } from '../../../src/checks/rules/no-flux-configuration';
import { unsupportedExtensions } from '../../../src/checks/rules/unsupported-extensions';
import { csiDriversPrivateStorageClasses } from '../../../src/checks/rules/csi-drivers-private-storage-classes';
import { keyVaultPrivate } from '../../../src/checks/rules/key-vault-private';
import { monitoringPrivateIngestion } from '../../../src/checks/rules/monitoring-private-ingestion';
import { privateClass, W, wireKeyVault, wireMonitoring } from '../addon-fixtures';
import { A, at, Json, put, ref, remove } from '../fixtures';
import { describeRule, expectAllDescribed } from '../rule-cases';

const extension = (type: unknown) => (d: Json) =>
  put(d, 'azurerm_kubernetes_cluster_extension.ext', { name: 'ext', cluster_id: ref(A.cluster), extension_type: type });
const cluster = (d: Json) => at(d, A.cluster);

const described = [
  describeRule(unsupportedExtensions, [
    { when: 'a supported extension', mutate: extension('Microsoft.Openservicemesh'), expect: [] },
    { when: 'Dapr', mutate: extension('Microsoft.Dapr'), expect: ['azurerm_kubernetes_cluster_extension.ext'], message: /Dapr/ },
    { when: 'flux (lower case)', mutate: extension('microsoft.flux'), expect: ['azurerm_kubernetes_cluster_extension.ext'], message: /Flux/ },
    { when: 'Azure Backup', mutate: extension('Microsoft.DataProtection.Kubernetes'), expect: ['azurerm_kubernetes_cluster_extension.ext'] },
    { when: 'Azure Container Storage (left the unsupported list 2025-05)', mutate: extension('microsoft.azurecontainerstorage'), expect: [] },
    { when: 'App Configuration', mutate: extension('Microsoft.AppConfiguration'), expect: ['azurerm_kubernetes_cluster_extension.ext'] },
    { when: 'Azure ML', mutate: extension('Microsoft.AzureML.Kubernetes'), expect: ['azurerm_kubernetes_cluster_extension.ext'] },
    { when: 'type from an expression', mutate: extension('${var.ext}'), expect: ['azurerm_kubernetes_cluster_extension.ext'], message: /cannot be verified/ },
    { when: 'no extension', expect: NOT_APPLICABLE },
  ]),
  describeRule(noFluxConfiguration, [
    { when: 'a flux configuration', mutate: (d) => put(d, 'azurerm_kubernetes_flux_configuration.gitops', { name: 'gitops', cluster_id: ref(A.cluster) }), expect: ['azurerm_kubernetes_flux_configuration.gitops'] },
    { when: 'none', expect: NOT_APPLICABLE },
  ]),
  describeRule(addonsNeedPrivateEndpoints, [
    { when: 'azure_policy_enabled false', mutate: (d) => (cluster(d).azure_policy_enabled = false), expect: [] },
    { when: 'monitoring and Key Vault fully wired (scope, DCE, five zones, config association, private granted vault)', mutate: (d) => (wireMonitoring(d), wireKeyVault(d)), expect: [] },
    {
      when: 'Container insights with an AMPLS that does not hold the workspace (any AMPLS no longer clears it)',
      mutate: (d) => (wireMonitoring(d), remove(d, W.scopedWorkspace)),
      expect: [A.cluster],
      message: /oms_agent.*Missing: .*workspace scoped in/,
    },
    { when: 'Container insights: no DCE in the scope', mutate: (d) => (wireMonitoring(d), remove(d, W.scopedDce)), expect: [A.cluster, A.cluster], message: /Missing: .*data collection endpoint/ },
    { when: 'Container insights: scope endpoint with 4 of 5 zones', mutate: (d) => (wireMonitoring(d), at(d, W.scopeEndpoint).private_dns_zone_group.private_dns_zone_ids.pop()), expect: [A.cluster], message: /all 5 privatelink zones/ },
    { when: 'Container insights: no configurationAccessEndpoint association', mutate: (d) => (wireMonitoring(d), remove(d, W.config)), expect: [A.cluster], message: /configurationAccessEndpoint/ },
    { when: 'Managed Prometheus: no prometheusMetrics endpoint', mutate: (d) => (wireMonitoring(d), remove(d, W.promEndpoint)), expect: [A.cluster], message: /Managed Prometheus.*prometheusMetrics/ },
    { when: 'Container insights without any scope', mutate: (d) => (cluster(d).oms_agent = [{ log_analytics_workspace_id: 'x' }]), expect: [A.cluster], message: /oms_agent.*Azure Monitor Private Link Scope/ },
    { when: 'Key Vault CSI alone', mutate: (d) => (cluster(d).key_vault_secrets_provider = {}), expect: [A.cluster], message: /Key Vault secrets provider.*Key Vault Secrets User/ },
    {
      when: 'Key Vault CSI with a vault endpoint but no grant to the add-on identity (an endpoint alone no longer clears it)',
      mutate: (d) => (wireKeyVault(d), remove(d, W.vaultGrant)),
      expect: [A.cluster],
      message: /secret_identity/,
    },
    { when: 'Key Vault CSI: granted vault without a private endpoint', mutate: (d) => (wireKeyVault(d), remove(d, W.vaultEndpoint)), expect: [A.cluster], message: /subresource "vault"/ },
    { when: 'Key Vault CSI: granted vault with public access on', mutate: (d) => (wireKeyVault(d), (at(d, W.vault).public_network_access_enabled = true)), expect: [A.cluster], message: /public_network_access_enabled = false/ },
    {
      when: 'Defender, Prometheus, Azure Policy and workload identity: one finding each',
      mutate: (d) => Object.assign(cluster(d), { microsoft_defender: {}, monitor_metrics: {}, azure_policy_enabled: true, workload_identity_enabled: true }),
      expect: [A.cluster, A.cluster, A.cluster, A.cluster],
    },
    { when: 'egress add-ons stay reported when monitoring is wired', mutate: (d) => (wireMonitoring(d), (cluster(d).workload_identity_enabled = true)), expect: [A.cluster], message: /login\.microsoftonline\.com/ },
    { when: 'no cluster', mutate: (d) => remove(d, 'azurerm_kubernetes_cluster'), expect: NOT_APPLICABLE },
  ]),
  describeRule(csiDriversPrivateStorageClasses, [
    { when: 'storage_profile absent (file driver on by default), no class', mutate: (d) => delete cluster(d).storage_profile, expect: [A.cluster], message: /provider default true/ },
    { when: 'file driver on with a private Azure Files class', mutate: (d) => ((cluster(d).storage_profile.file_driver_enabled = true), privateClass(d, 'files', 'file.csi.azure.com')), expect: [] },
    { when: 'file driver on with a public class only', mutate: (d) => ((cluster(d).storage_profile.file_driver_enabled = true), privateClass(d, 'files', 'file.csi.azure.com', 'publicEndpoint')), expect: [A.cluster] },
    { when: 'blob driver on without a class', mutate: (d) => (cluster(d).storage_profile.blob_driver_enabled = true), expect: [A.cluster], message: /blob\.csi\.azure\.com/ },
    { when: 'blob driver on with a private blob class', mutate: (d) => ((cluster(d).storage_profile.blob_driver_enabled = 'true'), privateClass(d, 'blob', 'blob.csi.azure.com')), expect: [] },
    {
      when: 'file driver on with a private class in a manifest output (GitOps)',
      mutate: (d) => {
        cluster(d).storage_profile.file_driver_enabled = true;
        d.output = { classes: { value: 'kind: StorageClass\nprovisioner: file.csi.azure.com\nparameters:\n  networkEndpointType: "privateEndpoint"\n' } };
      },
      expect: [],
    },
    { when: 'no cluster', mutate: (d) => remove(d, 'azurerm_kubernetes_cluster'), expect: NOT_APPLICABLE },
  ]),
  describeRule(monitoringPrivateIngestion, [
    { when: 'wired privately', mutate: wireMonitoring, expect: [] },
    { when: 'scope ingestion mode unset (Open)', mutate: (d) => (wireMonitoring(d), delete at(d, W.scope).ingestion_access_mode), expect: [W.scope], message: /"Open"/ },
    { when: 'workspace internet ingestion unset (true)', mutate: (d) => (wireMonitoring(d), delete at(d, W.workspace).internet_ingestion_enabled), expect: [W.workspace] },
    { when: 'public DCE and monitor workspace', mutate: (d) => (wireMonitoring(d), (at(d, W.dce).public_network_access_enabled = true), (at(d, W.amw).public_network_access_enabled = true)), expect: [W.amw, W.dce] },
    { when: 'no monitoring on the cluster', expect: NOT_APPLICABLE },
  ]),
  describeRule(keyVaultPrivate, [
    { when: 'private RBAC vault, rotation on', mutate: wireKeyVault, expect: [] },
    { when: 'rotation unset', mutate: (d) => (wireKeyVault(d), (cluster(d).key_vault_secrets_provider = {})), expect: [A.cluster], message: /secret_rotation_enabled/ },
    { when: 'public vault with access policies', mutate: (d) => (wireKeyVault(d), put(d, W.vault, { name: 'kv' })), expect: [W.vault, W.vault] },
    { when: 'deprecated enable_rbac_authorization true counts', mutate: (d) => (wireKeyVault(d), put(d, W.vault, { public_network_access_enabled: false, enable_rbac_authorization: true })), expect: [] },
    { when: 'no secrets provider', expect: NOT_APPLICABLE },
  ]),
];

expectAllDescribed('NI-EXT', described);
