/**
 * `Microsoft.Network/privateEndpoints/privateDnsZoneGroups` written with azapi: applied onto the private
 * endpoint it belongs to (its parent_id), as that endpoint's `private_dns_zone_group`.
 */
import type { TfResource } from '../terraform-document';
import { Body, MapContext } from './body';
import type { Overlay } from './overlay';

/** ARM type of a private DNS zone group. */
export const ZONE_GROUPS = 'microsoft.network/privateendpoints/privatednszonegroups';

/** The zone group as an overlay on its endpoint: the zone ids of its privateDnsZoneConfigs. */
export function zoneGroupOverlay(ctx: MapContext, raw: TfResource): Overlay {
  const p = Body.of(ctx, raw).at('properties');
  const configs = p.list('privateDnsZoneConfigs');
  const ids = configs === 'unknown' ? [p.at('privateDnsZoneConfigs').text] : configs.map((c) => c.get('properties.privateDnsZoneId') ?? c.text);
  return {
    target: raw.config.parent_id,
    config: { private_dns_zone_group: { name: raw.config.name, private_dns_zone_ids: ids } },
    fields: { private_dns_zone_group: `${raw.address} ${p.where('privateDnsZoneConfigs')}` },
  };
}
