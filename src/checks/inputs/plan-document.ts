/**
 * Reads a Terraform plan JSON (`terraform show -json plan.out`, format 1.x) into the model's input: a
 * Terraform-JSON-shaped document of the planned resources, root and child modules alike, keyed by their full
 * plan addresses (`module.aks.azurerm_kubernetes_cluster.this`, `azurerm_subnet.this["nodes"]`), whose values
 * are the planned literals; plus the plan's resource changes for the plan guards.
 *
 * A value known only after apply (`after_unknown`) is written as the expression the configuration gives it,
 * `${azurerm_container_registry.acr.id}`, with references through module inputs and outputs followed into the
 * module that holds the resource, so the rules can still tell that the cluster's registry id is that
 * registry's id; without a resource reference it becomes the opaque `${(known after apply)}`.
 * @see https://developer.hashicorp.com/terraform/internals/json-format
 */
import type { ResourceChange } from '../model/resource-change';
import { asObject, isObject, JsonObject } from '../model/values';
import { checkPlanShape } from './plan-shape';
import { ConfigModule, ConfigResolver } from './plan-references';

/** A plan read into the model's input. */
export interface PlanInput {
  /** The planned resources as a Terraform JSON document (`resource`, `data`, `variable`). */
  readonly document: JsonObject;
  /** The plan's `resource_changes`. */
  readonly changes: ResourceChange[];
}

/** The expression written for an unknown value the configuration does not tie to a resource. */
export const UNKNOWN_AFTER_APPLY = '${(known after apply)}';

/** True when a parsed JSON object is a plan (`planned_values` or `resource_changes` at the top level). */
export function isPlanJson(json: JsonObject): boolean {
  return 'planned_values' in json || 'resource_changes' in json;
}

/**
 * Builds the document and the changes of a plan.
 * @param json the plan's top-level object
 * @param file the file name shown in shape errors
 * @throws InputError naming the path of the first malformed part
 */
export function readPlan(json: JsonObject, file: string): PlanInput {
  checkPlanShape(json, file);
  const changes = (Array.isArray(json.resource_changes) ? json.resource_changes : []).map(toChange);
  const unknownByAddress = new Map<string, unknown>();
  for (const rc of json.resource_changes as JsonObject[] | undefined ?? []) {
    unknownByAddress.set(String(rc.address), asObject(rc.change)?.after_unknown);
  }
  const resolver = new ConfigResolver(asObject(asObject(json.configuration)?.root_module) as ConfigModule | undefined);
  const resource: Record<string, Record<string, JsonObject>> = {};
  const data: Record<string, Record<string, JsonObject>> = {};
  const visit = (module: JsonObject | undefined, moduleAddress: string): void => {
    for (const r of (module?.resources as JsonObject[] | undefined) ?? []) {
      const type = String(r.type);
      const key = `${moduleAddress ? `${moduleAddress}.` : ''}${String(r.name)}${indexText(r.index)}`;
      const config = resolver.resource(moduleAddress, r.mode === 'data' ? `data.${type}.${String(r.name)}` : `${type}.${String(r.name)}`);
      const values = withUnknowns(asObject(r.values) ?? {}, unknownByAddress.get(String(r.address)), config?.expressions, (refs) =>
        resolver.expression(moduleAddress, refs)
      );
      const dependsOn = resolver.dependsOn(moduleAddress, config);
      const section = r.mode === 'data' ? data : resource;
      (section[type] ??= {})[key] = dependsOn.length ? { ...values, depends_on: dependsOn } : values;
    }
    for (const child of (module?.child_modules as JsonObject[] | undefined) ?? []) visit(child, String(child.address));
  };
  visit(asObject(asObject(json.planned_values)?.root_module), '');
  const variable: Record<string, JsonObject> = {};
  for (const [name, v] of Object.entries(asObject(json.variables) ?? {})) {
    if (isObject(v) && 'value' in v) variable[name] = { default: v.value };
  }
  return { document: { variable, resource, data }, changes };
}

/** `[0]` for count, `["nodes"]` for for_each, '' for a single instance. */
function indexText(index: unknown): string {
  if (typeof index === 'number') return `[${index}]`;
  return typeof index === 'string' ? `[${JSON.stringify(index)}]` : '';
}

/**
 * The planned values with every value marked unknown in `unknown` (after_unknown: `true` leaves in a tree
 * shaped like the values) written as the configuration's expression for it.
 */
function withUnknowns(
  values: unknown,
  unknown: unknown,
  expressions: unknown,
  expressionFor: (references: readonly string[]) => string | undefined
): JsonObject {
  const fill = (value: unknown, marks: unknown, exprs: unknown): unknown => {
    if (marks === true) {
      const refs = asObject(exprs)?.references;
      return (Array.isArray(refs) && expressionFor(refs.filter((r): r is string => typeof r === 'string'))) || UNKNOWN_AFTER_APPLY;
    }
    if (Array.isArray(marks)) {
      const list = Array.isArray(value) ? [...value] : [];
      marks.forEach((m, i) => {
        if (m !== false) list[i] = fill(list[i], m, Array.isArray(exprs) ? exprs[i] : undefined);
      });
      return list;
    }
    if (isObject(marks)) {
      const out: Record<string, unknown> = { ...(asObject(value) ?? {}) };
      for (const [key, m] of Object.entries(marks)) {
        if (m !== false) out[key] = fill(out[key], m, asObject(exprs)?.[key]);
      }
      return out;
    }
    return value;
  };
  return fill(values, unknown ?? {}, expressions) as JsonObject;
}

function toChange(rc: JsonObject): ResourceChange {
  const change = asObject(rc.change) ?? {};
  const unknown = leafPaths(change.after_unknown);
  const replace = (Array.isArray(rc.change && change.replace_paths) ? (change.replace_paths as unknown[]) : [])
    .filter(Array.isArray)
    .map((p) => (p as unknown[]).join('.'));
  return {
    address: String(rc.address),
    type: String(rc.type),
    actions: (change.actions as unknown[]).map(String),
    before: asObject(change.before) ?? null,
    after: asObject(change.after) ?? null,
    ...(unknown.length ? { afterUnknown: unknown } : {}),
    ...(replace.length ? { replacePaths: replace } : {}),
  };
}

/** The dotted paths of the `true` leaves of an after_unknown tree (`network_profile.0.pod_cidr`). */
function leafPaths(tree: unknown, prefix = ''): string[] {
  if (tree === true) return prefix ? [prefix] : [];
  const entries = Array.isArray(tree) ? tree.map((v, i) => [String(i), v] as const) : isObject(tree) ? Object.entries(tree) : [];
  return entries.flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}
