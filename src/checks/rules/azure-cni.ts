import { checkString } from '../attribute-rules';
import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { clusters } from '../model/subjects';
import { block } from '../model/values';

/** NI-AKS-010: network plugin azure (overlay or VNet mode). */
export const azureCni: Rule = {
  id: 'NI-AKS-010',
  name: 'azure-cni',
  severity: RuleSeverity.ERROR,
  title: 'The network plugin is azure (Azure CNI, overlay or VNet mode)',
  explanation:
    'Network isolated clusters need Azure CNI. Without a network_profile the provider uses kubenet, which is ' +
    'retired and unsupported here; "none" (bring your own CNI) would pull its images from the internet.',
  fix: 'Set network_profile { network_plugin = "azure", network_plugin_mode = "overlay" }.',
  docUrl: DOCS.cni,
  evaluate: (doc) =>
    checkEach(clusters(doc), (cluster) =>
      checkString(
        doc,
        block(cluster.config, 'network_profile')?.network_plugin,
        'network_profile.network_plugin',
        ['azure'],
        {
          providerDefault: 'kubenet',
        }
      )
    ),
};
