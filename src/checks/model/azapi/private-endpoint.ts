/**
 * `Microsoft.Network/privateEndpoints` written with azapi, as `azurerm_private_endpoint`; their
 * `privateDnsZoneGroups` children become the endpoint's `private_dns_zone_group` (see zone-group.ts).
 */
import { T } from '../subjects';
import type { TfResource } from '../terraform-document';
import { Body, MapContext } from './body';
import { subject, topLevel } from './subject';

/** ARM type of a private endpoint. */
export const PRIVATE_ENDPOINTS = 'microsoft.network/privateendpoints';

/** An endpoint: its subnet and its (automatic or manual) private link service connection. */
export function mapPrivateEndpoint(ctx: MapContext, raw: TfResource): TfResource[] {
  const p = Body.of(ctx, raw).at('properties');
  const built = topLevel(raw).from('subnet_id', p, 'subnet.id');
  const automatic = p.list('privateLinkServiceConnections');
  const manual = p.list('manualPrivateLinkServiceConnections');
  const pick = (list: Body[] | 'unknown'): Body | undefined =>
    list === 'unknown' ? p.at('privateLinkServiceConnections') : list[0];
  const connection = pick(automatic) ?? pick(manual);
  if (connection) {
    const isManual = automatic !== 'unknown' && automatic.length === 0;
    const props = connection.at('properties');
    built
      .field('private_service_connection', connection.path)
      .set('private_service_connection.name', connection.get('name'))
      .from('private_service_connection.private_connection_resource_id', props, 'privateLinkServiceId')
      .from('private_service_connection.subresource_names', props, 'groupIds')
      .set(
        'private_service_connection.is_manual_connection',
        connection.unknown ? connection.text : isManual,
        isManual ? p.where('manualPrivateLinkServiceConnections') : p.where('privateLinkServiceConnections')
      );
  }
  return [subject(raw, T.privateEndpoint, 'Microsoft.Network/privateEndpoints', built)];
}
