import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { asString, describe, UNKNOWN } from '../model/values';

/**
 * Cluster extensions that do not work without egress (lower-cased), with their product names. Azure Container
 * Storage (microsoft.azurecontainerstorage) was dropped from the documented list in 2025-05.
 */
export const UNSUPPORTED_EXTENSIONS: Readonly<Record<string, string>> = {
  'microsoft.dapr': 'Dapr',
  'microsoft.appconfiguration': 'Azure App Configuration',
  'microsoft.azureml.kubernetes': 'Azure Machine Learning',
  'microsoft.flux': 'Flux (GitOps)',
  'microsoft.dataprotection.kubernetes': 'Azure Backup',
};

/** NI-EXT-001: no cluster extensions that are unsupported on network isolated clusters. */
export const unsupportedExtensions: Rule = {
  id: 'NI-EXT-001',
  name: 'unsupported-extensions',
  severity: RuleSeverity.ERROR,
  title:
    'No cluster extensions unsupported on network isolated clusters (Dapr, App Configuration, Azure ML, Flux, Backup)',
  explanation:
    'These extensions pull images or reach their services outside the private registry cache; on a ' +
    'cluster without egress their installation fails or hangs. Azure Container Storage left this list in ' +
    '2025-05 and is accepted.',
  fix: 'Remove the azurerm_kubernetes_cluster_extension, or run the workload on a cluster with an egress path.',
  docUrl: DOCS.networkIsolated,
  evaluate: (doc) =>
    checkEach(doc.resources('azurerm_kubernetes_cluster_extension'), (extension) => {
      const raw = extension.config.extension_type;
      const value = asString(doc.literal(raw));
      if (value === UNKNOWN) return `extension_type is ${describe(value, raw)}; it cannot be verified.`;
      const product = value === undefined ? undefined : UNSUPPORTED_EXTENSIONS[value.toLowerCase()];
      return product
        ? `extension_type ${JSON.stringify(value)} (${product}) is not supported on network isolated clusters.`
        : undefined;
    }),
};
