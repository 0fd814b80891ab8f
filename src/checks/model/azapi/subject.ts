/**
 * Building an azurerm-shaped subject from an azapi resource: attributes set by their azurerm path, each
 * remembering where the azapi resource writes it (for messages), under the resource's own address.
 */
import type { TfResource } from '../terraform-document';
import type { JsonObject } from '../values';
import type { Body } from './body';

/** The attributes of one subject under construction, and where each is written in the azapi form. */
export class SubjectBuilder {
  /** The azurerm-shaped configuration. */
  public readonly config: Record<string, unknown> = {};
  /** azurerm attribute path -> azapi location. */
  public readonly fields: Record<string, string> = {};

  /**
   * Sets an attribute by its azurerm path (`network_profile.network_plugin`); an undefined value is not set.
   * @param where where the azapi resource writes it, e.g. `body.properties.networkProfile.networkPlugin`
   */
  public set(path: string, value: unknown, where?: string): this {
    if (where !== undefined) this.fields[path] = where;
    if (value === undefined) return this;
    const keys = path.split('.');
    let target = this.config;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      target = (typeof next === 'object' && next !== null ? next : (target[key] = {})) as Record<string, unknown>;
    }
    target[keys[keys.length - 1]] = value;
    return this;
  }

  /** Sets an attribute from a body property (dotted path below `body`), optionally transformed. */
  public from(path: string, body: Body, property: string, map: (v: unknown) => unknown = (v) => v): this {
    const value = body.get(property);
    return this.set(path, value === undefined ? undefined : map(value), body.where(property));
  }

  /** Names where a block (or an attribute that is not a body property) lives, without setting it. */
  public field(path: string, where: string): this {
    this.fields[path] = where;
    return this;
  }
}

/** Options of {@link subject}. */
export interface SubjectOptions {
  /** The id expression of a subject written inside another resource (see AzapiForm.id). */
  readonly id?: string;
}

/**
 * The subject an azapi resource stands for: its address, name and construct path, the azurerm `type`,
 * and the built configuration, plus the azapi `depends_on` and `//` metadata.
 */
export function subject(
  raw: TfResource,
  type: string,
  resourceType: string,
  built: SubjectBuilder,
  options: SubjectOptions = {}
): TfResource {
  const config: Record<string, unknown> = { ...built.config };
  if (options.id === undefined) {
    for (const key of ['depends_on', '//']) if (raw.config[key] !== undefined) config[key] = raw.config[key];
  }
  return {
    kind: 'resource',
    type,
    name: raw.name,
    address: raw.address,
    config: config as JsonObject,
    ...(raw.constructPath !== undefined ? { constructPath: raw.constructPath } : {}),
    azapi: {
      writtenType: raw.type,
      resourceType,
      fields: built.fields,
      ...(options.id !== undefined ? { id: options.id } : {}),
    },
  };
}

/** A builder with the attributes every top-level azapi resource has: name, location, parent (resource group). */
export function topLevel(raw: TfResource): SubjectBuilder {
  return new SubjectBuilder()
    .set('name', raw.config.name)
    .set('location', raw.config.location)
    .set('resource_group_name', raw.config.parent_id, 'parent_id');
}
