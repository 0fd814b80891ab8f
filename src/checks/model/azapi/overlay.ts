/**
 * Resources that change another resource rather than create one: `azapi_update_resource` (its body
 * properties override what it updates, an azurerm or an azapi resource) and private DNS zone groups
 * (which become their endpoint's `private_dns_zone_group`). Each is an overlay merged onto its target.
 */
import type { TfResource } from '../terraform-document';
import { asObject, isObject, JsonObject, valuesAt } from '../values';
import { armType, MapContext } from './body';
import { ARM_TYPE_OF, MAPPERS } from './mappers';

/** Attributes to merge onto the resource a value references. */
export interface Overlay {
  /** The value naming the target (`resource_id`, `parent_id`). */
  readonly target: unknown;
  /** The azurerm-shaped attributes to merge (objects merge, anything else replaces). */
  readonly config: JsonObject;
  /** azurerm attribute path -> where the overlaying resource writes it. */
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * An `azapi_update_resource` as an overlay on its `resource_id`: its body mapped like an azapi_resource of
 * the same ARM type (its `type`, else the target's), without name, location or parent.
 */
export function updateOverlay(ctx: MapContext, raw: TfResource, target: TfResource): Overlay | undefined {
  const type = armType(ctx, raw) ?? target.azapi?.resourceType.toLowerCase() ?? ARM_TYPE_OF[target.type];
  const mapper = type === undefined ? undefined : MAPPERS[type];
  if (!mapper) return undefined;
  const bodyOnly: TfResource = { ...raw, config: { body: raw.config.body } };
  const [mapped] = mapper(ctx, bodyOnly);
  if (!mapped) return undefined;
  const fields: Record<string, string> = {};
  for (const [path, where] of Object.entries(mapped.azapi?.fields ?? {})) {
    // Only what the update writes: the target's other attributes keep where the target writes them.
    if (where.startsWith('body') && valuesAt(mapped.config, path.split('.')).length > 0) fields[path] = `${raw.address} ${where}`;
  }
  return { target: raw.config.resource_id, config: mapped.config, fields };
}

/**
 * The azapi_resource an `azapi_update_resource` without `resource_id` updates: the one with the same ARM
 * type, `name` and `parent_id` (the same literal, or the same expression as written, e.g. `var.name`), as the
 * AKS Azure Verified Module addresses its updates. Undefined unless exactly one matches.
 */
export function updatedByName(ctx: MapContext, raw: TfResource): TfResource | undefined {
  const type = armType(ctx, raw);
  const { name, parent_id: parent } = raw.config;
  if (type === undefined || name === undefined || parent === undefined) return undefined;
  const same = (a: unknown, b: unknown): boolean => {
    const [x, y] = [ctx.literal(a), ctx.literal(b)];
    if (typeof x === 'string' && typeof y === 'string' && x.toLowerCase() === y.toLowerCase()) return true;
    const target = ctx.resolve(x);
    return target !== undefined && target === ctx.resolve(y);
  };
  const found = ctx
    .resources('azapi_resource')
    .filter((r) => armType(ctx, r) === type && same(r.config.name, name) && same(r.config.parent_id, parent));
  return found.length === 1 ? found[0] : undefined;
}

/** The target with the overlay merged onto it (a new resource; the input is not changed). */
export function applyOverlay(target: TfResource, overlay: Overlay): TfResource {
  return {
    ...target,
    config: merge(target.config, overlay.config),
    azapi: {
      writtenType: target.azapi?.writtenType ?? target.type,
      resourceType: target.azapi?.resourceType ?? '',
      ...(target.azapi?.id !== undefined ? { id: target.azapi.id } : {}),
      fields: { ...(target.azapi?.fields ?? {}), ...overlay.fields },
    },
  };
}

/** Deep merge: nested blocks (objects, or one-element lists of objects) merge; other values replace. */
function merge(base: JsonObject, top: JsonObject): JsonObject {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(top)) {
    if (key === 'depends_on' || key === '//') continue;
    const current = asBlock(out[key]);
    out[key] = isObject(value) && current ? merge(current, value) : value;
  }
  return out;
}

function asBlock(value: unknown): JsonObject | undefined {
  if (Array.isArray(value)) return value.length === 1 ? asObject(value[0]) : undefined;
  return asObject(value);
}
