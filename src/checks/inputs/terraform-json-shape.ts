/**
 * The shape check of a Terraform JSON document (cdk.tf.json, *.tf.json, or HCL converted to JSON): a part
 * that is not what Terraform's JSON syntax says it is, is bad input, named by its path in the document.
 * The model stays tolerant (it skips malformed parts at synth); the CLI's readers reject them first, so
 * that a malformed document cannot pass as "0 errors".
 * @see https://developer.hashicorp.com/terraform/language/syntax/json
 */
import { isObject, JsonObject } from '../model/values';
import { shapeError } from './input-error';

/** Sections whose entries are `{ type: { name: body } }` (bodies are objects or lists of objects). */
const RESOURCE_SECTIONS = ['resource', 'data'] as const;
/** Sections whose entries are `{ name: body }`. */
const NAMED_SECTIONS = ['variable', 'module', 'output', 'provider'] as const;

/**
 * Throws an InputError naming the first malformed part of a Terraform JSON document.
 * @param json the document's top-level object
 * @param file the file name shown in the message
 */
export function checkTerraformJsonShape(json: JsonObject, file: string): void {
  for (const section of RESOURCE_SECTIONS) {
    forEachPart(json[section], file, [section], 'an object of resource types', (types, at) => {
      for (const [type, named] of Object.entries(types)) {
        if (type.startsWith('//')) continue;
        if (!isObject(named)) shapeError(file, [...at, type], 'an object of resources', named);
        for (const [name, body] of Object.entries(named)) {
          if (!name.startsWith('//')) checkBody(body, file, [...at, type, name], 'a resource body (an object)');
        }
      }
    });
  }
  for (const section of NAMED_SECTIONS) {
    forEachPart(json[section], file, [section], `an object of ${section} blocks`, (named, at) => {
      for (const [name, body] of Object.entries(named)) {
        if (!name.startsWith('//')) checkBody(body, file, [...at, name], `a ${section} body (an object)`);
      }
    });
  }
  forEachPart(json.locals, file, ['locals'], 'an object of local values', () => undefined);
}

/** A section is an object, or (Terraform JSON allows it) a list of objects; absent is fine. */
function forEachPart(
  section: unknown,
  file: string,
  at: readonly (string | number)[],
  expected: string,
  visit: (part: JsonObject, at: readonly (string | number)[]) => void
): void {
  if (section === undefined) return;
  if (isObject(section)) return visit(section, at);
  if (!Array.isArray(section)) shapeError(file, at, expected, section);
  section.forEach((part, i) => {
    if (!isObject(part)) shapeError(file, [...at, i], expected, part);
    visit(part, [...at, i]);
  });
}

/** A block body: an object, or a non-empty list of objects. */
function checkBody(body: unknown, file: string, at: readonly (string | number)[], expected: string): void {
  if (isObject(body)) return;
  if (!Array.isArray(body) || body.length === 0) shapeError(file, at, expected, body);
  body.forEach((item, i) => {
    if (!isObject(item)) shapeError(file, [...at, i], expected, item);
  });
}
