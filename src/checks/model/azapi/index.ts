/**
 * Maps the azapi resources of a document onto the azurerm-shaped subjects the rules read (cluster, pools,
 * registry, cache rules, endpoints, zones, VNets, subnets, NSGs, roles, extensions), under their own
 * Terraform address, so references (`${azapi_resource.aks.id}`, `parent_id`) resolve and findings name
 * the real resource; then merges updates (`azapi_update_resource`, private DNS zone groups) onto what
 * they update. Resources of other ARM types, and those whose `type` cannot be read, stay as written.
 */
import { T } from '../subjects';
import type { TfResource } from '../terraform-document';
import { armType, MapContext } from './body';
import { MAPPERS } from './mappers';
import { applyOverlay, Overlay, updatedByName, updateOverlay } from './overlay';
import { ZONE_GROUPS, zoneGroupOverlay } from './zone-group';

export { inForm } from './form';
export type { AzapiForm } from './form';
export type { MapContext } from './body';

/** The Terraform type of a generic azapi resource. */
export const AZAPI_RESOURCE = 'azapi_resource';

/**
 * The subjects azapi resources stand for: each replaces the resource at its address, except parts of
 * another resource (with `azapi.id`), which are added by type only. Empty without azapi resources.
 */
export function mapAzapi(ctx: MapContext): TfResource[] {
  const subjects = new Map<string, TfResource>();
  const parts: TfResource[] = [];
  const zoneGroups: TfResource[] = [];
  for (const raw of ctx.resources(AZAPI_RESOURCE)) {
    const type = armType(ctx, raw);
    if (type === ZONE_GROUPS) zoneGroups.push(raw);
    const mapper = type === undefined ? undefined : MAPPERS[type];
    for (const s of mapper ? mapper(ctx, raw) : []) {
      if (s.azapi?.id === undefined) subjects.set(s.address, s);
      else parts.push(s);
    }
  }
  const current = (value: unknown): TfResource | undefined => {
    const target = ctx.resolve(value);
    if (target?.kind !== 'resource') return undefined;
    const resource = subjects.get(target.address) ?? target;
    return resource.type === AZAPI_RESOURCE || resource.type === T.azapiUpdate ? undefined : resource;
  };
  const apply = (overlay: Overlay | undefined): void => {
    const target = overlay && current(overlay.target);
    if (overlay && target) subjects.set(target.address, applyOverlay(target, overlay));
  };
  for (const raw of zoneGroups) apply(zoneGroupOverlay(ctx, raw));
  for (const raw of ctx.resources(T.azapiUpdate)) {
    const named = raw.config.resource_id === undefined ? updatedByName(ctx, raw) : undefined;
    const target = named ? subjects.get(named.address) : current(raw.config.resource_id);
    const overlay = target && updateOverlay(ctx, raw, target);
    if (target && overlay) subjects.set(target.address, applyOverlay(target, overlay));
  }
  return [...subjects.values(), ...parts];
}
