/**
 * Reads the inputs of `cdktf-isolated-aks check`: cdk.tf.json files, or cdktf.out directories (through
 * their manifest.json, else every stacks/<name>/cdk.tf.json). Bad input throws an {@link InputError}
 * with one line naming the path, what is wrong and what is expected.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CheckInput } from '../engine';
import { asObject, isObject } from '../model/values';

/** A bad input: the CLI prints its message as one line and exits 2. */
export class InputError extends Error {
  /** @param message what is wrong; line breaks and other control characters are escaped to keep it one line */
  public constructor(message: string) {
    super(escapeControlCharacters(message));
  }
}

const TERRAFORM_KEYS = ['resource', 'data', 'provider', 'terraform', 'variable', 'output', 'locals', 'module'];

/** The documents named by the CLI's path arguments (files or directories), relative to `cwd`. */
export function loadInputs(paths: readonly string[], cwd: string): CheckInput[] {
  return paths.flatMap((p) => {
    const absolute = path.resolve(cwd, p);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (!stat)
      throw new InputError(`${p}: no such file or directory; pass a cdktf.out directory or a cdk.tf.json file.`);
    if (!stat.isDirectory()) return [loadFile(absolute, p)];
    return stackFiles(absolute, p).map(({ file, stack }) => loadFile(file, path.relative(cwd, file), stack));
  });
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
      `${shown}: no stacks/*/cdk.tf.json in this directory; run \`cdktf synth\` first or pass a cdk.tf.json file.`
    );
  }
  return found;
}

function loadFile(file: string, shown: string, stack?: string): CheckInput {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${shown}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
  const json = parse(text, shown);
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
  if ('resource' in json && !isObject(json.resource) && !Array.isArray(json.resource)) {
    throw new InputError(
      `${shown}: not a Terraform JSON document ("resource" is ${JSON.stringify(
        json.resource
      )}; expected an object of resource types).`
    );
  }
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

const ESCAPES: { readonly [c: string]: string } = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text with line breaks and other control characters written as escapes (`\n`, `\u2028`): one line. */
export function escapeControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function defaultStackName(file: string): string {
  return path.basename(file) === 'cdk.tf.json' ? path.basename(path.dirname(file)) : path.basename(file, '.json');
}
