import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { T } from '../model/subjects';
import { asBool, block, describe } from '../model/values';

/** NI-AKS-009: no node public IPs, on the default node pool or any separate node pool. */
export const noNodePublicIp: Rule = {
  id: 'NI-AKS-009',
  name: 'no-node-public-ip',
  severity: RuleSeverity.ERROR,
  title: 'Nodes have no public IPs (node_public_ip_enabled not true)',
  explanation:
    'A node public IP gives every node a direct internet path, which re-opens egress (and ingress) even ' +
    'with outbound type none.',
  fix: 'Remove node_public_ip_enabled (and node_public_ip_prefix_id) or set it to false.',
  docUrl: DOCS.networkIsolated,
  evaluate: (doc) => {
    const subjects = [...doc.resources(T.cluster), ...doc.resources(T.nodePool)];
    return checkEach(subjects, (resource) => {
      const pool = resource.type === T.cluster ? block(resource.config, 'default_node_pool') : resource.config;
      const raw = pool?.node_public_ip_enabled;
      const value = asBool(doc.literal(raw));
      if (value === undefined || value === false) return undefined;
      const where = resource.type === T.cluster ? 'default_node_pool.node_public_ip_enabled' : 'node_public_ip_enabled';
      return `${where} is ${describe(value, raw)}; allowed: false or not set.`;
    });
  },
};
