/**
 * Reads Terraform configuration files, `.tf` (HCL, through @cdktf/hcl2json) and `.tf.json`, and merges the
 * files of one module directory into one Terraform JSON object in the canonical shape the model reads:
 * `resource.<type>.<name>` bodies as objects, `variable.<name>` objects, `locals` as one object. Also finds
 * the module calls with a local `source` ("./modules/aks") and reads those directories the same way.
 */
import * as fs from 'fs';
import * as path from 'path';
import { asObject, isObject, JsonObject } from '../model/values';
import { InputError } from './input-error';
import { normalizeHcl } from './hcl-normalize';
import { checkTerraformJsonShape } from './terraform-json-shape';

/** One module directory and the local modules it calls, parsed and merged. */
export interface RawModule {
  /** The merged configuration of the module's files (canonical shape). */
  readonly config: MergedConfig;
  /** The local modules it calls, by call name. */
  readonly children: ReadonlyMap<string, RawModule>;
}

/** A module's configuration merged from its files. */
export interface MergedConfig {
  readonly resource: Record<string, Record<string, JsonObject>>;
  readonly data: Record<string, Record<string, JsonObject>>;
  readonly variable: Record<string, JsonObject>;
  readonly locals: Record<string, unknown>;
  readonly module: Record<string, JsonObject>;
  readonly output: Record<string, JsonObject>;
  readonly other: Record<string, unknown>;
}

/** How deep local modules may nest (a module that calls itself stops here). */
const MAX_MODULE_DEPTH = 10;

/** True for file names this reader reads: `*.tf` and `*.tf.json`. */
export function isConfigFile(name: string): boolean {
  return name.endsWith('.tf') || name.endsWith('.tf.json');
}

/** The `*.tf` / `*.tf.json` files of a directory, sorted (override files are not merged specially). */
export function configFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && isConfigFile(e.name))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/**
 * Reads files of one module and, recursively, the local modules it calls.
 * @param files the module's files (absolute)
 * @param cwd what shown file names are relative to
 * @throws InputError for unreadable files, invalid HCL or JSON, malformed documents, missing module dirs
 */
export async function readModule(files: readonly string[], cwd: string, depth = 0): Promise<RawModule> {
  const config = emptyConfig();
  for (const file of files) merge(config, await parseFile(file, path.relative(cwd, file) || file), path.relative(cwd, file));
  const children = new Map<string, RawModule>();
  const dir = path.dirname(files[0]);
  for (const [name, call] of Object.entries(config.module)) {
    const source = call.source;
    if (typeof source !== 'string' || !/^\.\.?\//.test(source) || depth >= MAX_MODULE_DEPTH) continue;
    const childDir = path.resolve(dir, source);
    const childFiles = fs.existsSync(childDir) && fs.statSync(childDir).isDirectory() ? configFiles(childDir) : [];
    if (childFiles.length === 0) {
      throw new InputError(
        `${path.relative(cwd, files[0])}: module.${name}: source "${source}" has no .tf or .tf.json files (${path.relative(cwd, childDir) || '.'}).`
      );
    }
    children.set(name, await readModule(childFiles, cwd, depth + 1));
  }
  return { config, children };
}

async function parseFile(file: string, shown: string): Promise<JsonObject> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${shown}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
  let json: unknown;
  if (file.endsWith('.json')) {
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new InputError(`${shown}: invalid JSON (${short((e as Error).message)}).`);
    }
  } else {
    try {
      json = await parseHcl(path.basename(file), text);
    } catch (e) {
      throw new InputError(`${shown}: invalid HCL (${short(String((e as Error).message ?? e).replace(/^parse config: \[?|\]$/g, ''))}).`);
    }
  }
  if (!isObject(json)) throw new InputError(`${shown}: expected a Terraform configuration object at the top level.`);
  checkTerraformJsonShape(json, shown);
  if (!file.endsWith('.json')) normalizeHcl(json);
  return json;
}

/** HCL to Terraform JSON through @cdktf/hcl2json (WebAssembly), loaded only when a .tf file is read. */
async function parseHcl(name: string, text: string): Promise<unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parse } = require('@cdktf/hcl2json') as { parse: (file: string, text: string) => Promise<unknown> };
  return parse(name, text);
}

function emptyConfig(): MergedConfig {
  return { resource: {}, data: {}, variable: {}, locals: {}, module: {}, output: {}, other: {} };
}

/** Merges one file's (shape-checked) JSON into the module's config. */
function merge(config: MergedConfig, json: JsonObject, shown: string): void {
  for (const [section, value] of Object.entries(json)) {
    if (section === 'resource' || section === 'data') {
      for (const part of parts(value)) {
        for (const [type, named] of Object.entries(part)) {
          if (type.startsWith('//')) continue;
          const target = (config[section][type] ??= {});
          for (const [name, body] of Object.entries(asObject(named) ?? {})) {
            if (name.startsWith('//')) continue;
            if (target[name]) throw new InputError(`${shown}: ${section}.${type}.${name}: declared twice in this module.`);
            target[name] = first(body);
          }
        }
      }
    } else if (section === 'variable' || section === 'module' || section === 'output') {
      for (const part of parts(value)) for (const [name, body] of Object.entries(part)) config[section][name] = first(body);
    } else if (section === 'locals') {
      for (const part of parts(value)) Object.assign(config.locals, part);
    } else if (!(section in config.other)) {
      config.other[section] = value;
    }
  }
}

function parts(section: unknown): JsonObject[] {
  return (Array.isArray(section) ? section : [section]).filter(isObject);
}

function first(body: unknown): JsonObject {
  return (Array.isArray(body) ? body[0] : body) as JsonObject;
}

function short(message: string): string {
  return message.length > 200 ? `${message.slice(0, 197)}...` : message;
}
