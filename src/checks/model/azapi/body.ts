/**
 * Reading an azapi resource's `body`: an HCL object (azapi 2.x), a JSON string (azapi 1.x) or an
 * expression such as `${jsonencode({...})}` or `${local.body}`. What cannot be read is unknown, and every
 * value read below an unknown part is that unknown expression (a string rules see as unresolved), so a
 * rule fails closed instead of taking a provider default.
 */
import { isExpression, soleExpression } from '../references';
import type { TfResource } from '../terraform-document';
import { asObject, isObject, jsonText } from '../values';

/** What the mapping needs from the document: its resources and value resolution. */
export interface MapContext {
  /** The resources of a Terraform type, as indexed. */
  resources(type: string): TfResource[];
  /** The resource a value references, if any. */
  resolve(value: unknown): TfResource | undefined;
  /** The value with `var.x` / `local.x` aliases followed. */
  literal(value: unknown): unknown;
}

/** A read-only view of one object in an azapi body, with the path it was read at (for messages). */
export class Body {
  /**
   * The body of an azapi resource: the `body` attribute as an object, a parsed JSON string, or unknown.
   * @param ctx value resolution of the document
   * @param raw the azapi resource
   */
  public static of(ctx: MapContext, raw: TfResource): Body {
    let body = ctx.literal(raw.config.body);
    // A JSON string, also one with `${...}` templates in its values; `${jsonencode(...)}` stays unknown.
    if (typeof body === 'string' && body.trimStart().startsWith('{')) {
      try {
        body = JSON.parse(body);
      } catch {
        body = unknownText(body);
      }
    }
    return new Body(ctx, body, 'body');
  }

  private constructor(
    private readonly ctx: MapContext,
    private readonly value: unknown,
    /** Where this object is written, e.g. `body.properties.networkProfile`. */
    public readonly path: string
  ) {}

  /** True when this part of the body cannot be read (an expression or a non-object). */
  public get unknown(): boolean {
    return this.value !== undefined && this.value !== null && !isObject(this.value);
  }

  /** True when this part is absent. */
  public get absent(): boolean {
    return this.value === undefined || this.value === null;
  }

  /** The value at a dotted path: as written (may be a `${...}` expression), undefined, or the unknown text. */
  public get(path: string): unknown {
    const keys = path.split('.');
    const parent = keys.length > 1 ? this.at(keys.slice(0, -1).join('.')) : this;
    if (parent.absent) return undefined;
    if (parent.unknown) return unknownText(parent.value);
    return asObject(parent.value)![keys[keys.length - 1]] ?? undefined;
  }

  /** The object at a dotted path (absent, unknown or an object). */
  public at(path: string): Body {
    let current = new Body(this.ctx, this.value, this.path);
    for (const key of path.split('.')) {
      if (current.absent || current.unknown) return new Body(this.ctx, current.value, `${current.path}.${key}`);
      const next = this.ctx.literal(asObject(current.value)![key]);
      current = new Body(this.ctx, next, `${current.path}.${key}`);
    }
    return current;
  }

  /** The objects of a list at a dotted path; `unknown` when the list (not an item) cannot be read. */
  public list(path: string): Body[] | 'unknown' {
    const value = this.ctx.literal(this.get(path));
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return 'unknown';
    return value.map((item, i) => new Body(this.ctx, this.ctx.literal(item), `${this.path}.${path}[${i}]`));
  }

  /** The unknown text of this part, for values read below it. */
  public get text(): string {
    return unknownText(this.value);
  }

  /** Where a dotted path below this object is written: `body.properties.x.y`. */
  public where(path: string): string {
    return `${this.path}.${path}`;
  }
}

/** An expression string standing for a value that cannot be read (rules see it as unresolved). */
export function unknownText(value: unknown): string {
  return isExpression(value) ? value : `\${unreadable(${jsonText(value)})}`;
}

/**
 * An ARM `"Enabled"` / `"Disabled"` property as the azurerm boolean; absent stays absent, anything else
 * (an expression, another word) is kept as is, so rules see it as not a boolean and fail closed.
 */
export function enabledFlag(ctx: MapContext, value: unknown): unknown {
  const v = ctx.literal(value);
  if (typeof v === 'string' && /^enabled$/i.test(v.trim())) return true;
  if (typeof v === 'string' && /^disabled$/i.test(v.trim())) return false;
  return value;
}

/** A literal azapi type in an expression: `"Microsoft.ContainerService/managedClusters@2025-08-01"`. */
const TYPE_LITERAL = /"([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+\/[\w/-]+@[\w.-]+)"/;

/**
 * The ARM resource type (lower case, without the API version) of an azapi `type` (`<ResourceType>@<api-version>`):
 * a literal, a `var` / `local` with a literal value, the `type` of another azapi resource
 * (`azapi_resource.this.type`, as azapi_update_resource and azapi_resource_action write it), or a
 * conditional whose branches are literal types that all name one resource type and differ in API version only
 * (`var.preview ? "...managedClusters@2026-03-02-preview" : "...managedClusters@2026-03-01"`).
 * Undefined when the type cannot be read.
 */
export function armType(ctx: MapContext, raw: TfResource, depth = 0): string | undefined {
  const type = ctx.literal(raw.config.type);
  if (typeof type !== 'string') return undefined;
  if (!type.includes('${')) return type.split('@')[0].trim().toLowerCase();
  const sole = soleExpression(type);
  if (sole === undefined || depth > 4) return undefined;
  if (/^[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.type$/.test(sole)) {
    const target = ctx.resolve(type);
    return target && target !== raw && target.config.type !== undefined ? armType(ctx, target, depth + 1) : undefined;
  }
  const types = conditionalTypes(sole);
  return types && new Set(types).size === 1 ? types[0] : undefined;
}

/** The ARM types of `c ? "T1" : "T2"` (nested in the false branch too), when every branch is a literal type. */
function conditionalTypes(expression: string): string[] | undefined {
  const literal = new RegExp(`^\\s*${TYPE_LITERAL.source}\\s*$`).exec(expression);
  if (literal) return [literal[1].split('@')[0].toLowerCase()];
  const m = new RegExp(`^[^?"]+\\?\\s*${TYPE_LITERAL.source}\\s*:([\\s\\S]+)$`).exec(expression);
  const rest = m ? conditionalTypes(m[2]) : undefined;
  return m && rest ? [m[1].split('@')[0].toLowerCase(), ...rest] : undefined;
}

/** An object without its undefined values (absent attributes stay absent); undefined when nothing is left. */
export function compact(object: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
  return Object.keys(out).length > 0 ? out : undefined;
}
