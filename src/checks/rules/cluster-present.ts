import { DOCS, DOCUMENT_ADDRESS, Rule, RuleSeverity } from '../rule';
import { clusters } from '../model/subjects';

/** NI-AKS-013: the document holds an AKS cluster, so the cluster rules judged something. */
export const clusterPresent: Rule = {
  id: 'NI-AKS-013',
  name: 'cluster-present',
  severity: RuleSeverity.WARNING,
  title: 'The document has an AKS cluster to judge (otherwise the cluster rules judged nothing)',
  explanation:
    'Every cluster rule is not applicable when the document holds no AKS cluster in any form ' +
    '(azurerm_kubernetes_cluster, or an azapi_resource of type Microsoft.ContainerService/managedClusters). ' +
    'Zero errors then means "nothing was judged", not "isolated": a wrong input path, a cluster inside a ' +
    'module seen through cdktf JSON instead of the plan, or an unmapped resource type all look like a clean ' +
    'run. Warning: nothing breaks in Azure, but the report must say so. A stack that only prepares a ' +
    'registry or a network for a cluster elsewhere gets it too; suppress it there with that reason.',
  fix:
    'Check the stack that holds the cluster (for module-based configurations, check the terraform show -json ' +
    `plan), or suppress with { ruleId: "NI-AKS-013", address: "${DOCUMENT_ADDRESS}", reason } for a stack ` +
    'that holds no cluster on purpose.',
  docUrl: DOCS.networkIsolated,
  evaluate: (doc) =>
    clusters(doc).length > 0
      ? []
      : [
          {
            address: DOCUMENT_ADDRESS,
            message:
              'no AKS cluster in this document (no azurerm_kubernetes_cluster, no azapi_resource of type ' +
              'Microsoft.ContainerService/managedClusters): no cluster rule judged anything; only the ' +
              'registry, network and plan rules that found their subjects ran.',
          },
        ],
};
