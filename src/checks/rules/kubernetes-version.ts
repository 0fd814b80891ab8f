import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { versionFields, versionSubjects } from '../model/kubernetes-versions';
import { asString } from '../model/values';

const MINIMUM = [1, 30];

/** NI-AKS-011: Kubernetes 1.30 or later on the cluster and its node pools. */
export const kubernetesVersion: Rule = {
  id: 'NI-AKS-011',
  name: 'kubernetes-version',
  severity: RuleSeverity.ERROR,
  title: 'Kubernetes is 1.30 or later',
  explanation:
    'Network isolated clusters need Kubernetes 1.30 or later (a pinned patch version is NI-AKS-014).',
  fix:
    'Remove kubernetes_version / orchestrator_version (the region default), or set a minor version of 1.30 or later ' +
    'that the region serves (az aks get-versions --location <region>); a minor in long-term support only also needs ' +
    'sku_tier = "Premium" and support_plan = "AKSLongTermSupport".',
  docUrl: DOCS.versions,
  evaluate: (doc) => {
    return checkEach(versionSubjects(doc), (resource) => {
      return versionFields(resource).flatMap(([field, raw]) => {
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
