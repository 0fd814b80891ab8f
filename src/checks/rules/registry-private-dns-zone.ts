import { DOCS, finding, Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import * as S from '../model/subjects';
import type { TerraformDocument, TfResource } from '../model/terraform-document';
import { asString, jsonText } from '../model/values';

const ZONE = 'privatelink.azurecr.io';

/** NI-ACR-009: the registry endpoint's zone is privatelink.azurecr.io, linked to the cluster VNet. */
export const registryPrivateDnsZone: Rule = {
  id: 'NI-ACR-009',
  name: 'registry-private-dns-zone',
  severity: RuleSeverity.ERROR,
  title: `The registry endpoint's DNS zone is ${ZONE}, linked to the cluster VNet`,
  explanation:
    `Nodes resolve the registry through the ${ZONE} private DNS zone; it must be linked to the cluster ` +
    'VNet or names resolve publicly and the bootstrap pulls fail. A zone given by id (a hub zone outside this ' +
    'stack) is accepted as is. Auto-registration on the link is hardening, judged by NI-ACR-012.',
  fix:
    `Create azurerm_private_dns_zone "${ZONE}" and an azurerm_private_dns_zone_virtual_network_link to the ` +
    'cluster VNet, or pass the id of an existing hub zone.',
  docUrl: DOCS.acrPrivateLink,
  evaluate: (doc) => {
    const zones = S.registryEndpointZones(doc);
    if (zones === undefined) return NOT_APPLICABLE;
    return zones.flatMap(({ registry, zone }) => checkZone(doc, registry, zone));
  },
};

function checkZone(doc: TerraformDocument, registry: TfResource, zone: TfResource): Finding[] {
  const out: Finding[] = [];
  const name = asString(doc.literal(zone.config.name));
  if (name !== ZONE) out.push(finding(zone, `name is ${jsonText(zone.config.name)}; allowed: "${ZONE}".`));
  const links = S.dnsLinksOf(doc, zone);
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
