/**
 * The shape check of a Terraform plan JSON: the parts the reader uses must be what `terraform show -json`
 * writes; anything else is bad input, named by its path in the plan.
 * @see https://developer.hashicorp.com/terraform/internals/json-format
 */
import { isObject, JsonObject } from '../model/values';
import { shapeError } from './input-error';

type Path = readonly (string | number)[];

/**
 * Throws an InputError naming the first malformed part of a plan.
 * @param json the plan's top-level object
 * @param file the file name shown in the message
 */
export function checkPlanShape(json: JsonObject, file: string): void {
  const planned = json.planned_values;
  if (planned !== undefined) {
    if (!isObject(planned)) shapeError(file, ['planned_values'], 'an object with root_module', planned);
    if (planned.root_module !== undefined) checkModule(planned.root_module, file, ['planned_values', 'root_module']);
  }
  const changes = json.resource_changes;
  if (changes !== undefined) {
    if (!Array.isArray(changes)) shapeError(file, ['resource_changes'], 'an array of resource changes', changes);
    changes.forEach((rc, i) => checkChange(rc, file, ['resource_changes', i]));
  }
  optionalObject(json.configuration, file, ['configuration']);
  optionalObject(json.variables, file, ['variables']);
}

function checkModule(module: unknown, file: string, at: Path): void {
  if (!isObject(module)) shapeError(file, at, 'a module (an object with resources)', module);
  const resources = module.resources;
  if (resources !== undefined) {
    if (!Array.isArray(resources)) shapeError(file, [...at, 'resources'], 'an array of resources', resources);
    resources.forEach((r, i) => checkResource(r, file, [...at, 'resources', i]));
  }
  const children = module.child_modules;
  if (children !== undefined) {
    if (!Array.isArray(children)) shapeError(file, [...at, 'child_modules'], 'an array of modules', children);
    children.forEach((child, i) => {
      checkModule(child, file, [...at, 'child_modules', i]);
      if (typeof (child as JsonObject).address !== 'string')
        shapeError(file, [...at, 'child_modules', i, 'address'], 'a module address (a string)', (child as JsonObject).address);
    });
  }
}

function checkResource(r: unknown, file: string, at: Path): void {
  if (!isObject(r)) shapeError(file, at, 'a resource (an object)', r);
  for (const key of ['address', 'type', 'name'] as const) {
    if (typeof r[key] !== 'string' || r[key] === '') shapeError(file, [...at, key], 'a non-empty string', r[key]);
  }
  if (r.values !== undefined && !isObject(r.values)) shapeError(file, [...at, 'values'], 'an object of attribute values', r.values);
}

function checkChange(rc: unknown, file: string, at: Path): void {
  if (!isObject(rc)) shapeError(file, at, 'a resource change (an object)', rc);
  for (const key of ['address', 'type'] as const) {
    if (typeof rc[key] !== 'string' || rc[key] === '') shapeError(file, [...at, key], 'a non-empty string', rc[key]);
  }
  const change = rc.change;
  if (!isObject(change)) shapeError(file, [...at, 'change'], 'an object with actions, before and after', change);
  if (!Array.isArray(change.actions) || !change.actions.every((a) => typeof a === 'string'))
    shapeError(file, [...at, 'change', 'actions'], 'an array of action names', change.actions);
  for (const key of ['before', 'after'] as const) {
    if (change[key] !== undefined && change[key] !== null && !isObject(change[key]))
      shapeError(file, [...at, 'change', key], 'an object or null', change[key]);
  }
}

function optionalObject(value: unknown, file: string, at: Path): void {
  if (value !== undefined && !isObject(value)) shapeError(file, at, 'an object', value);
}
