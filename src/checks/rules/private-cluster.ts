import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { clusters } from '../model/subjects';
import { asBool, block, describe } from '../model/values';

/** NI-AKS-001: the API server has no public endpoint (`private_cluster_enabled = true`). */
export const privateCluster: Rule = {
  id: 'NI-AKS-001',
  name: 'private-cluster',
  severity: RuleSeverity.ERROR,
  title: 'The cluster API server is private (private_cluster_enabled = true)',
  explanation:
    'A network isolated cluster keeps its control plane off the internet. Without private_cluster_enabled the ' +
    'API server gets a public endpoint, also with API Server VNet Integration (which then only moves the ' +
    'endpoint into your VNet behind a public load balancer). The attribute forces replacement when changed, ' +
    'so it has to be right on the first apply. Error, not warning: every network isolated recipe in the AKS docs ' +
    'creates a private cluster, and a public API server is an open path to the control plane from the internet.',
  fix:
    'Set private_cluster_enabled = true on the azurerm_kubernetes_cluster (our NetworkIsolatedCluster does it ' +
    'by default; ApiServerAccess.privateLink() or .vnetIntegration(subnet)).',
  docUrl: DOCS.privateCluster,
  evaluate: (doc) =>
    checkEach(clusters(doc), (cluster) => {
      const raw = cluster.config.private_cluster_enabled;
      const value = asBool(doc.literal(raw));
      if (value === true) return undefined;
      const vnet = asBool(block(cluster.config, 'api_server_access_profile')?.virtual_network_integration_enabled);
      const note = vnet === true ? ' API Server VNet Integration alone keeps a public endpoint.' : '';
      return `private_cluster_enabled is ${describe(value, raw, 'false')}; allowed: true.${note}`;
    }),
};
