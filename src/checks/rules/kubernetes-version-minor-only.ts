import { checkEach, DOCS, Rule, RuleSeverity } from '../rule';
import { versionFields, versionSubjects } from '../model/kubernetes-versions';
import { asString } from '../model/values';

/** NI-AKS-014: Kubernetes versions are pinned to a minor (`1.33`), not a patch (`1.33.2`). */
export const kubernetesVersionMinorOnly: Rule = {
  id: 'NI-AKS-014',
  name: 'kubernetes-version-minor-only',
  severity: RuleSeverity.WARNING,
  title: 'Kubernetes versions pin a minor (MAJOR.MINOR), not a patch',
  explanation:
    'Regions drop patch versions as newer ones ship: a configuration pinned to a patch fails its next create or ' +
    'pool scale-out with K8sVersionNotSupported (Microsoft\'s own network isolated Terraform quickstart failed in ' +
    'CI for a hard-coded 1.30.3). A minor version gets the latest patch AKS serves, and the patch auto-upgrade ' +
    'channel keeps it current. A warning: the configuration is valid until the region drops the patch.',
  fix: 'Set kubernetes_version / orchestrator_version to "MAJOR.MINOR" (KubernetesVersion.of(\'1.33\')), or remove it for the region default.',
  docUrl: DOCS.versions,
  evaluate: (doc) =>
    checkEach(versionSubjects(doc), (resource) =>
      versionFields(resource).flatMap(([field, raw]) => {
        const value = asString(doc.literal(raw));
        return typeof value === 'string' && /^v?\d+\.\d+\.\d+/.test(value.trim())
          ? [`${field} is ${JSON.stringify(value)}, a patch version; allowed: "MAJOR.MINOR" (e.g. ${JSON.stringify(value.trim().replace(/^v?(\d+\.\d+)\..*$/, '$1'))}).`]
          : [];
      }),
    ),
};
