import { DOCS, finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import * as S from '../model/subjects';
import { asBool } from '../model/values';

/** NI-ACR-012: the VNet links of the registry's privatelink.azurecr.io zone do not auto-register VM records. */
export const registryDnsLinkRegistrationDisabled: Rule = {
  id: 'NI-ACR-012',
  name: 'registry-dns-link-registration-disabled',
  severity: RuleSeverity.WARNING,
  title: "The registry zone's VNet links have auto-registration off",
  explanation:
    'Auto-registration writes the VNet\'s VM records into the zone; a privatelink zone holds only the records ' +
    'of its private endpoints, and the documented link has registration off. A link with registration on still ' +
    'resolves the registry (the bootstrap works), and a VNet can auto-register into one zone only: hardening, ' +
    'not a failure.',
  fix: 'Set registration_enabled = false on the azurerm_private_dns_zone_virtual_network_link (azapi: properties.registrationEnabled = false).',
  docUrl: DOCS.acrPrivateLink,
  evaluate: (doc) => {
    const zones = S.registryEndpointZones(doc);
    const links = (zones ?? []).flatMap(({ zone }) => S.dnsLinksOf(doc, zone));
    if (links.length === 0) return NOT_APPLICABLE;
    return links
      .filter((link) => asBool(doc.literal(link.config.registration_enabled)) ?? false)
      .map((link) => finding(link, 'registration_enabled is not false; allowed: false.'));
  },
};
