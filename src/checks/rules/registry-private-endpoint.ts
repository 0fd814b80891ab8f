import { DOCS, finding, Finding, NOT_APPLICABLE, Rule, RuleSeverity } from '../rule';
import { privateEndpointsOf, subjectRegistries, zoneGroupZoneIds } from '../model/subjects';
import { asBool, asStringList, block, jsonText, UNKNOWN } from '../model/values';

/** NI-ACR-008: the registry has a private endpoint for subresource "registry" with a DNS zone group. */
export const registryPrivateEndpoint: Rule = {
  id: 'NI-ACR-008',
  name: 'registry-private-endpoint',
  severity: RuleSeverity.ERROR,
  title: 'The bootstrap registry has a private endpoint ("registry") with a private DNS zone group',
  explanation:
    'Nodes without egress reach the registry only through a private endpoint in the VNet. The zone group ' +
    'writes both DNS records (<registry>.azurecr.io and <registry>.<region>.data.azurecr.io) into the ' +
    'privatelink zone; without it names resolve to public addresses that are unreachable. A manual ' +
    'connection stays pending until someone approves it.',
  fix:
    'Add an azurerm_private_endpoint in a subnet of the cluster VNet with private_service_connection { ' +
    'private_connection_resource_id = <registry id>, subresource_names = ["registry"], is_manual_connection = ' +
    'false } and private_dns_zone_group { private_dns_zone_ids = [<privatelink.azurecr.io zone id>] }.',
  docUrl: DOCS.acrPrivateLink,
  evaluate: (doc) => {
    const registries = subjectRegistries(doc);
    if (registries.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const registry of registries) {
      const endpoints = privateEndpointsOf(doc, registry);
      if (endpoints.length === 0) {
        out.push(finding(registry, 'no azurerm_private_endpoint has a private_service_connection to this registry.'));
      }
      for (const endpoint of endpoints) {
        const connection = block(endpoint.config, 'private_service_connection');
        const names = asStringList(doc.literal(connection?.subresource_names));
        if (names === UNKNOWN || names?.length !== 1 || names[0].toLowerCase() !== 'registry') {
          const shown =
            names === UNKNOWN ? jsonText(connection?.subresource_names) : jsonText(names ?? null);
          out.push(
            finding(endpoint, `private_service_connection.subresource_names is ${shown}; allowed: ["registry"].`)
          );
        }
        if (asBool(doc.literal(connection?.is_manual_connection)) !== false) {
          out.push(finding(endpoint, 'private_service_connection.is_manual_connection is not false; allowed: false.'));
        }
        if (zoneGroupZoneIds(endpoint).length === 0) {
          out.push(
            finding(
              endpoint,
              'no private_dns_zone_group with private_dns_zone_ids; add one for privatelink.azurecr.io.'
            )
          );
        }
      }
    }
    return out;
  },
};
