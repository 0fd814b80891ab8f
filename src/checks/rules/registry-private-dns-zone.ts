import { DOCS, finding, Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import * as S from '../model/subjects';
import type { TerraformDocument, TfResource } from '../model/terraform-document';
import { asBool, asString, jsonText } from '../model/values';

const ZONE = 'privatelink.azurecr.io';

/** NI-ACR-009: the registry endpoint's zone is privatelink.azurecr.io, linked to the cluster VNet. */
export const registryPrivateDnsZone: Rule = {
  id: 'NI-ACR-009',
  name: 'registry-private-dns-zone',
  severity: RuleSeverity.ERROR,
  title: `The registry endpoint's DNS zone is ${ZONE}, linked to the cluster VNet with registration off`,
  explanation:
    `Nodes resolve the registry through the ${ZONE} private DNS zone; it must be linked to the cluster ` +
    'VNet or names resolve publicly and pulls fail. Auto-registration is for VM records and must stay off. ' +
    'A zone given by id (a hub zone outside this stack) is accepted as is.',
  fix:
    `Create azurerm_private_dns_zone "${ZONE}" and an azurerm_private_dns_zone_virtual_network_link to the ` +
    'cluster VNet with registration_enabled = false, or pass the id of an existing hub zone.',
  docUrl: DOCS.acrPrivateLink,
  evaluate: (doc) => {
    const endpoints = S.subjectRegistries(doc).flatMap((registry) =>
      S.privateEndpointsOf(doc, registry).map((endpoint) => ({ registry, endpoint }))
    );
    const zones = endpoints.flatMap(({ registry, endpoint }) =>
      S.zoneGroupZoneIds(endpoint).map((id) => ({ registry, zone: doc.resolve(id) }))
    );
    if (zones.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    const seen = new Set<TfResource>();
    for (const { registry, zone } of zones) {
      // A literal id, variable or data source: an existing (hub) zone, not ours to judge.
      if (zone?.kind !== 'resource' || zone.type !== S.T.dnsZone || seen.has(zone)) continue;
      seen.add(zone);
      out.push(...checkZone(doc, registry, zone));
    }
    return out;
  },
};

function checkZone(doc: TerraformDocument, registry: TfResource, zone: TfResource): Finding[] {
  const out: Finding[] = [];
  const name = asString(doc.literal(zone.config.name));
  if (name !== ZONE) out.push(finding(zone, `name is ${jsonText(zone.config.name)}; allowed: "${ZONE}".`));
  const links = S.dnsLinksOf(doc, zone);
  for (const link of links) {
    if (asBool(doc.literal(link.config.registration_enabled)) ?? false) {
      out.push(finding(link, 'registration_enabled is not false; allowed: false.'));
    }
  }
  const vnets = S.clustersOfRegistry(doc, registry).flatMap((c) => {
    const vnet = S.clusterVnet(doc, c);
    return vnet ? [vnet] : [];
  });
  if (links.length === 0) {
    out.push(finding(zone, 'no azurerm_private_dns_zone_virtual_network_link links this zone to a VNet.'));
  } else {
    for (const vnet of vnets) {
      if (!links.some((link) => S.isVnet(doc, link.config.virtual_network_id, vnet))) {
        const shown = vnet.resource?.address ?? `"${vnet.name}"`;
        out.push(
          finding(
            zone,
            `no azurerm_private_dns_zone_virtual_network_link links this zone to the cluster VNet ${shown}.`
          )
        );
      }
    }
  }
  return out;
}
