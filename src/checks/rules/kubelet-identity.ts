import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { clusters } from '../model/subjects';
import { block } from '../model/values';

/** NI-IAM-003: the cluster has a user-assigned kubelet identity. */
export const kubeletIdentity: Rule = {
  id: 'NI-IAM-003',
  name: 'kubelet-identity',
  severity: RuleSeverity.ERROR,
  title: 'The cluster has a user-assigned kubelet identity (kubelet_identity block)',
  explanation:
    'Nodes pull images as the kubelet identity. When AKS creates it, its principal exists only after the ' +
    'cluster, so AcrPull on the registry cannot be granted before bootstrap and the first pulls fail.',
  fix:
    'Add kubelet_identity { client_id, object_id, user_assigned_identity_id } from a second ' +
    'azurerm_user_assigned_identity, and grant Managed Identity Operator on it to the control-plane identity.',
  docUrl: DOCS.identity,
  evaluate: (doc) =>
    checkEach(clusters(doc), (cluster) => {
      const kubelet = block(cluster.config, 'kubelet_identity');
      if (!kubelet) return 'has no kubelet_identity block; add one from a user-assigned identity.';
      const missing = ['client_id', 'object_id', 'user_assigned_identity_id'].filter((k) => kubelet[k] === undefined);
      return missing.length ? `kubelet_identity is missing ${missing.join(', ')}.` : undefined;
    }),
};
