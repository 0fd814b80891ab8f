/**
 * Reads the inputs of `cdktf-isolated-aks check`, each kind detected by its content: cdktf.out directories
 * (through their manifest.json, else every stacks/<name>/cdk.tf.json), Terraform JSON files (cdk.tf.json,
 * *.tf.json), Terraform plan JSON (`terraform show -json plan.out`), .tf files and module directories (every
 * .tf / .tf.json file of the directory, with local modules). Bad input throws an {@link InputError} with one
 * line naming the file, the path in the document, what is wrong and what is expected. A reader never judges.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CheckInput } from '../engine';
import { TerraformDocument } from '../model/terraform-document';
import { asObject, isObject, JsonObject } from '../model/values';
import { configFiles, isConfigFile, readModule } from './hcl-files';
import { moduleTreeDocument } from './hcl-document';
import { escapeControlCharacters, InputError } from './input-error';
import { isPlanJson, readPlan } from './plan-document';
import { checkTerraformJsonShape } from './terraform-json-shape';

export { escapeControlCharacters, InputError } from './input-error';

const TERRAFORM_KEYS = ['resource', 'data', 'provider', 'terraform', 'variable', 'output', 'locals', 'module'];

/**
 * The documents named by the CLI's path arguments (files or directories), relative to `cwd`. Synchronous for
 * JSON inputs (cdktf.out, cdk.tf.json, plan JSON); a promise when HCL must be parsed (hcl2json is WebAssembly
 * and async) or a module directory read.
 */
export function loadInputs(paths: readonly string[], cwd: string): CheckInput[] | Promise<CheckInput[]> {
  const out: Array<CheckInput | Promise<CheckInput>> = [];
  for (const p of paths) {
    const absolute = path.resolve(cwd, p);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (!stat) {
      throw new InputError(
        `${p}: no such file or directory; pass a cdktf.out directory, a cdk.tf.json, plan JSON or .tf file, or a module directory.`
      );
    }
    if (!stat.isDirectory()) out.push(loadFile(absolute, p, cwd));
    else if (isCdktfOut(absolute) || configFiles(absolute).length === 0) {
      out.push(...stackFiles(absolute, p).map(({ file, stack }) => loadJsonFile(file, path.relative(cwd, file), stack)));
    } else {
      out.push(loadModuleDir(absolute, p, cwd));
    }
  }
  return out.some((i) => i instanceof Promise) ? Promise.all(out) : (out as CheckInput[]);
}

/** A cdktf output directory: a manifest.json, a cdk.tf.json, or a stacks/ folder. */
function isCdktfOut(dir: string): boolean {
  return ['manifest.json', 'cdk.tf.json', 'stacks'].some((f) => fs.existsSync(path.join(dir, f)));
}

/** A directory of .tf / .tf.json files: one module (with its local modules), checked as one stack. */
async function loadModuleDir(dir: string, shown: string, cwd: string): Promise<CheckInput> {
  const document = moduleTreeDocument(await readModule(configFiles(dir), cwd));
  return { stack: path.basename(dir) || shown, document, file: dir };
}

/** A file, by content: HCL (.tf, or text that is not JSON but reads as HCL), plan JSON or Terraform JSON. */
function loadFile(file: string, shown: string, cwd: string): CheckInput | Promise<CheckInput> {
  const name = path.basename(file);
  if (name.endsWith('.tf') || (!name.endsWith('.json') && looksLikeHcl(read(file, shown)))) {
    return readModule([file], cwd).then((tree) => ({ stack: name.replace(/\.tf$/, ''), document: moduleTreeDocument(tree), file }));
  }
  if (isConfigFile(name) && name !== 'cdk.tf.json') {
    return readModule([file], cwd).then((tree) => ({
      stack: name.replace(/\.tf\.json$/, ''),
      document: moduleTreeDocument(tree),
      file,
      text: read(file, shown),
    }));
  }
  return loadJsonFile(file, shown);
}

/** True when a text starts (after comments) with an HCL block such as `resource "x" "y" {` or `locals {`. */
function looksLikeHcl(text: string): boolean {
  return /^(?:\s|#[^\n]*\n|\/\/[^\n]*\n)*(?:resource|data|module|variable|locals|output|provider|terraform)\s*["{A-Za-z]/.test(text);
}

function stackFiles(dir: string, shown: string): Array<{ file: string; stack?: string }> {
  const manifest = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifest)) {
    const stacks = asObject(
      asObject(parse(fs.readFileSync(manifest, 'utf8'), path.join(shown, 'manifest.json')))?.stacks
    );
    const listed = Object.values(stacks ?? {}).flatMap((s) => {
      const entry = asObject(s);
      const file = entry?.synthesizedStackPath;
      return typeof file === 'string'
        ? [{ file: path.join(dir, file), stack: String(entry?.name ?? '') || undefined }]
        : [];
    });
    if (listed.length > 0) return listed;
  }
  if (fs.existsSync(path.join(dir, 'cdk.tf.json'))) return [{ file: path.join(dir, 'cdk.tf.json') }];
  const stacksDir = path.join(dir, 'stacks');
  const found = fs.existsSync(stacksDir)
    ? fs
        .readdirSync(stacksDir)
        .sort()
        .map((name) => ({ file: path.join(stacksDir, name, 'cdk.tf.json'), stack: name }))
        .filter(({ file }) => fs.existsSync(file))
    : [];
  if (found.length === 0) {
    throw new InputError(
      `${shown}: no stacks/*/cdk.tf.json and no .tf or .tf.json files in this directory; run \`cdktf synth\` first, or pass a cdk.tf.json, plan JSON or .tf file.`
    );
  }
  return found;
}

function read(file: string, shown: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${shown}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
}

/** A JSON file: a plan (`planned_values` / `resource_changes`) or a Terraform JSON document. */
function loadJsonFile(file: string, shown: string, stack?: string): CheckInput {
  const text = read(file, shown);
  const json = parse(text, shown);
  if (isObject(json) && isPlanJson(json)) {
    const plan = readPlan(json, shown);
    const document = new TerraformDocument(plan.document, { changes: plan.changes });
    return { stack: stack ?? defaultStackName(file), document, file: path.resolve(file) };
  }
  if (!isObject(json)) {
    const kind = Array.isArray(json) ? 'an array' : json === null ? 'null' : `a ${typeof json}`;
    throw new InputError(
      `${shown}: not a Terraform JSON document (the top level is ${kind}; expected an object with "resource", "data", "provider" or "terraform").`
    );
  }
  if (!TERRAFORM_KEYS.some((k) => k in json)) {
    throw new InputError(
      `${shown}: not a Terraform JSON document (no "resource", "data", "provider" or "terraform" key; top-level keys: ${
        Object.keys(json).slice(0, 5).join(', ') || 'none'
      }).`
    );
  }
  checkTerraformJsonShape(json as JsonObject, shown);
  const metadataName = asObject(asObject(json['//'])?.metadata)?.stackName;
  const name = stack ?? (typeof metadataName === 'string' ? metadataName : defaultStackName(file));
  return { stack: name, document: json, file: path.resolve(file), text };
}

function parse(text: string, shown: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${shown}: invalid JSON (${parserDetail((e as Error).message)}); re-run \`cdktf synth\` or fix the file.`);
  }
}

/** The longest parser message quoted in an "invalid JSON" error (it quotes the file's text). */
const MAX_DETAIL_LENGTH = 200;

/** A parser message as one short line: control characters escaped, cut to {@link MAX_DETAIL_LENGTH}. */
function parserDetail(message: string): string {
  const escaped = escapeControlCharacters(message);
  return escaped.length > MAX_DETAIL_LENGTH ? `${escaped.slice(0, MAX_DETAIL_LENGTH - 3)}...` : escaped;
}

function defaultStackName(file: string): string {
  return path.basename(file) === 'cdk.tf.json' ? path.basename(path.dirname(file)) : path.basename(file, '.json');
}
