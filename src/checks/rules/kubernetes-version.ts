import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { T } from '../model/subjects';
import { asString, block } from '../model/values';

const MINIMUM = [1, 30];

/** NI-AKS-011: Kubernetes 1.30 or later on the cluster and its node pools. */
export const kubernetesVersion: Rule = {
  id: 'NI-AKS-011',
  name: 'kubernetes-version',
  severity: RuleSeverity.ERROR,
  title: 'Kubernetes is 1.30 or later',
  explanation:
    'Network isolated clusters need Kubernetes 1.30 or later. Pinning a patch version also breaks when the ' +
    'region drops it (K8sVersionNotSupported): prefer no version (the region default) or a minor version.',
  fix:
    'Remove kubernetes_version / orchestrator_version (the region default), or set a minor version of 1.30 or later ' +
    'that the region serves (az aks get-versions --location <region>); a minor in long-term support only also needs ' +
    'sku_tier = "Premium" and support_plan = "AKSLongTermSupport".',
  docUrl: DOCS.versions,
  evaluate: (doc) => {
    const subjects = [...doc.resources(T.cluster), ...doc.resources(T.nodePool)];
    return checkEach(subjects, (resource) => {
      const fields: Array<[string, unknown]> =
        resource.type === T.cluster
          ? [
              ['kubernetes_version', resource.config.kubernetes_version],
              [
                'default_node_pool.orchestrator_version',
                block(resource.config, 'default_node_pool')?.orchestrator_version,
              ],
            ]
          : [['orchestrator_version', resource.config.orchestrator_version]];
      return fields.flatMap(([field, raw]) => {
        const value = asString(doc.literal(raw));
        const m = typeof value === 'string' ? /^v?(\d+)\.(\d+)/.exec(value.trim()) : null;
        if (!m) return []; // not set or not resolvable: the region default applies
        const [major, minor] = [Number(m[1]), Number(m[2])];
        const tooOld = major < MINIMUM[0] || (major === MINIMUM[0] && minor < MINIMUM[1]);
        return tooOld ? [`${field} is ${JSON.stringify(value)}; allowed: 1.30 or later.`] : [];
      });
    });
  },
};
