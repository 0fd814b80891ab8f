import { checkString } from '../attribute-rules';
import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { clusters } from '../model/subjects';

/** NI-AKS-007: node OS upgrade channel NodeImage or None (SecurityPatch/Unmanaged unsupported). */
export const nodeOsUpgradeChannel: Rule = {
  id: 'NI-AKS-007',
  name: 'node-os-upgrade-channel',
  severity: RuleSeverity.ERROR,
  title: 'The node OS upgrade channel is NodeImage or None',
  explanation:
    'Network isolated clusters support only the NodeImage (provider default) and None node OS upgrade ' +
    'channels: SecurityPatch and Unmanaged fetch packages from the internet, which has no route here.',
  fix: 'Set node_os_upgrade_channel = "NodeImage" (or "None"), or remove it to get the NodeImage default.',
  docUrl: DOCS.nodeOsUpgrade,
  evaluate: (doc) =>
    checkEach(clusters(doc), (cluster) =>
      checkString(doc, cluster.config.node_os_upgrade_channel, 'node_os_upgrade_channel', ['NodeImage', 'None'], {
        providerDefault: 'NodeImage',
      })
    ),
};
