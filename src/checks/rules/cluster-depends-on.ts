import { roleRequirements } from '../model/role-assignments';
import { DOCS, finding, Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import * as S from '../model/subjects';
import type { TerraformDocument, TfResource } from '../model/terraform-document';
import { asString } from '../model/values';

/**
 * The resources that must exist before a cluster is created: its role assignments, and for a BYO
 * registry the registry's private endpoints, their DNS zone links and the AKS cache rule.
 */
export function bootstrapPrerequisites(doc: TerraformDocument, cluster: TfResource): TfResource[] {
  const out = new Set<TfResource>();
  for (const requirement of roleRequirements(doc, cluster)) requirement.found.forEach((r) => out.add(r));
  const registry = doc.resolve(S.registryIdOf(cluster));
  if (registry?.type === S.T.registry) {
    for (const rule of S.cacheRulesOf(doc, registry)) {
      if (asString(rule.config.name) === S.AKS_CACHE_RULE.name) out.add(rule);
    }
    for (const endpoint of S.privateEndpointsOf(doc, registry)) {
      out.add(endpoint);
      for (const zoneId of S.zoneGroupZoneIds(endpoint)) {
        const zone = doc.resolve(zoneId);
        if (zone?.type === S.T.dnsZone) S.dnsLinksOf(doc, zone).forEach((link) => out.add(link));
      }
    }
  }
  return [...out];
}

/** NI-AKS-012: the cluster depends on everything its bootstrap needs. */
export const clusterDependsOn: Rule = {
  id: 'NI-AKS-012',
  name: 'cluster-depends-on',
  severity: RuleSeverity.ERROR,
  title: 'The cluster depends on its role assignments, registry endpoint, DNS link and cache rule',
  explanation:
    'Terraform cannot see through attribute references that the cluster needs its role assignments, the ' +
    "registry's private endpoint, the privatelink DNS VNet link and the cache rule to exist first. Without " +
    'depends_on they are created in parallel and the first apply races: node bootstrap pulls fail or the ' +
    'control plane lacks permissions. Dependencies count transitively, through depends_on and references.',
  fix:
    "Add the listed resources to the cluster's depends_on (our NetworkIsolatedCluster does it). A role " +
    'assignment whose principal is read from the cluster itself cannot come first: use user-assigned identities.',
  docUrl: DOCS.networkIsolatedHowTo,
  evaluate: (doc) => {
    let applicable = false;
    const out: Finding[] = [];
    for (const cluster of S.clusters(doc)) {
      const needed = bootstrapPrerequisites(doc, cluster);
      if (needed.length === 0) continue;
      applicable = true;
      const missing = doc.missingDependencies(
        cluster.address,
        needed.map((r) => r.address),
        { includeReferences: true }
      );
      if (missing.length > 0) {
        out.push(finding(cluster, `depends_on does not cover (directly or transitively): ${missing.join(', ')}.`));
      }
    }
    return applicable ? out : NOT_APPLICABLE;
  },
};
