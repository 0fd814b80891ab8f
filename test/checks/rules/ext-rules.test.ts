import { NOT_APPLICABLE } from '../../../src/checks/rule';
import { addonsNeedPrivateEndpoints } from '../../../src/checks/rules/addons-need-private-endpoints';
import { noFluxConfiguration } from '../../../src/checks/rules/no-flux-configuration';
import { unsupportedExtensions } from '../../../src/checks/rules/unsupported-extensions';
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
    {
      when: 'Container insights with an Azure Monitor Private Link Scope in the stack',
      mutate: (d) => {
        cluster(d).oms_agent = { log_analytics_workspace_id: 'x' };
        put(d, 'azurerm_monitor_private_link_scope.ampls', { name: 'ampls' });
      },
      expect: [],
    },
    { when: 'Container insights', mutate: (d) => (cluster(d).oms_agent = [{ log_analytics_workspace_id: 'x' }]), expect: [A.cluster], message: /oms_agent.*Azure Monitor Private Link Scope/ },
    { when: 'Key Vault CSI', mutate: (d) => (cluster(d).key_vault_secrets_provider = {}), expect: [A.cluster], message: /Key Vault secrets provider.*private endpoint/ },
    {
      when: 'Key Vault CSI with a vault private endpoint',
      mutate: (d) => {
        cluster(d).key_vault_secrets_provider = {};
        put(d, 'azurerm_private_endpoint.kv', { private_service_connection: { subresource_names: ['vault'] } });
      },
      expect: [],
    },
    {
      when: 'Defender, Prometheus, Azure Policy and workload identity: one finding each',
      mutate: (d) => Object.assign(cluster(d), { microsoft_defender: {}, monitor_metrics: {}, azure_policy_enabled: true, workload_identity_enabled: true }),
      expect: [A.cluster, A.cluster, A.cluster, A.cluster],
    },
    { when: 'no cluster', mutate: (d) => remove(d, 'azurerm_kubernetes_cluster'), expect: NOT_APPLICABLE },
  ]),
];

expectAllDescribed('NI-EXT', described);
