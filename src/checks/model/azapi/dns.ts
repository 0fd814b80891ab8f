/**
 * `Microsoft.Network/privateDnsZones` and their `virtualNetworkLinks` written with azapi, as
 * `azurerm_private_dns_zone` and `azurerm_private_dns_zone_virtual_network_link`.
 */
import { T } from '../subjects';
import type { TfResource } from '../terraform-document';
import { Body, MapContext } from './body';
import { subject, SubjectBuilder, topLevel } from './subject';

/** ARM types of private DNS. */
export const DNS = {
  zone: 'microsoft.network/privatednszones',
  link: 'microsoft.network/privatednszones/virtualnetworklinks',
} as const;

/** A private DNS zone: its name. */
export function mapPrivateDnsZone(_ctx: MapContext, raw: TfResource): TfResource[] {
  return [subject(raw, T.dnsZone, 'Microsoft.Network/privateDnsZones', topLevel(raw))];
}

/** A VNet link of a zone (its parent_id): the VNet and auto-registration. */
export function mapDnsLink(ctx: MapContext, raw: TfResource): TfResource[] {
  const p = Body.of(ctx, raw).at('properties');
  const built = new SubjectBuilder()
    .set('name', raw.config.name)
    .set('private_dns_zone_name', raw.config.parent_id, 'parent_id')
    .from('virtual_network_id', p, 'virtualNetwork.id')
    .from('registration_enabled', p, 'registrationEnabled');
  return [subject(raw, T.dnsLink, 'Microsoft.Network/privateDnsZones/virtualNetworkLinks', built)];
}
