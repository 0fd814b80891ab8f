import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { clusters, registryIdOf } from '../model/subjects';
import type { TfResource } from '../model/terraform-document';
import { block } from '../model/values';

/** NI-IAM-003: the cluster has a user-assigned kubelet identity. */
export const kubeletIdentity: Rule = {
  id: 'NI-IAM-003',
  name: 'kubelet-identity',
  severity: RuleSeverity.ERROR,
  title: 'The cluster has a user-assigned kubelet identity (kubelet_identity block)',
  explanation:
    'Nodes pull images as the kubelet identity. When AKS creates it, its principal exists only after the ' +
    'cluster, so AcrPull on a BYO registry cannot be granted before bootstrap and the first pulls fail. Judged on ' +
    'clusters with a BYO registry (bootstrap_profile.container_registry_id) or a kubelet_identity block: with the ' +
    'AKS-managed registry AKS grants the pull itself, so an AKS-created kubelet identity bootstraps fine.',
  fix:
    'Add kubelet_identity { client_id, object_id, user_assigned_identity_id } from a second ' +
    'azurerm_user_assigned_identity, and grant Managed Identity Operator on it to the control-plane identity.',
  docUrl: DOCS.identity,
  evaluate: (doc) =>
    checkEach(clusters(doc).filter(needsKubeletIdentity), (cluster) => {
      const kubelet = block(cluster.config, 'kubelet_identity');
      if (!kubelet) return 'has no kubelet_identity block; add one from a user-assigned identity.';
      const missing = ['client_id', 'object_id', 'user_assigned_identity_id'].filter((k) => kubelet[k] === undefined);
      return missing.length ? `kubelet_identity is missing ${missing.join(', ')}.` : undefined;
    }),
};

/** A BYO registry cluster (AcrPull must precede it), or one that names a kubelet identity. */
function needsKubeletIdentity(cluster: TfResource): boolean {
  const registry = registryIdOf(cluster);
  return (registry !== undefined && registry !== null) || block(cluster.config, 'kubelet_identity') !== undefined;
}
