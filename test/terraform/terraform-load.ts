// Loads synthesized configurations in the real terraform binary, offline: `terraform init` parses and
// validates the whole configuration (syntax, depends_on, references in meta-arguments), then stops at
// provider installation because the only installation method is a filesystem mirror that does not exist.
// A configuration passes when the only Error terraform prints is "Failed to query available provider
// packages". No network is touched, nothing is skipped: a missing binary fails with a clear message.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** One configuration to load: a name for messages and its files (e.g. `cdk.tf.json` or `main.tf`). */
export interface TerraformConfig {
  readonly name: string;
  readonly files: { readonly [fileName: string]: string };
}

/** What terraform said about one configuration. */
export interface TerraformLoadResult {
  readonly name: string;
  /** True when every Error was the expected provider-installation stop (or there was none). */
  readonly loaded: boolean;
  /** Summaries of the Errors other than the expected one. */
  readonly errors: string[];
  /** terraform's whole output (stdout and stderr), for the failure message. */
  readonly output: string;
  /** Wall time of `terraform init` for this configuration, in milliseconds (informational only). */
  readonly ms: number;
}

/** The one Error a valid configuration produces: provider installation from the missing mirror. */
export const EXPECTED_ERROR = 'Failed to query available provider packages';

/** The terraform binary: `$TERRAFORM_BINARY` or `terraform` on PATH. */
export const TERRAFORM = process.env.TERRAFORM_BINARY || 'terraform';

const MISSING_MIRROR = path.join(os.tmpdir(), 'cdktf-isolated-aks-no-such-mirror', 'providers');
const CLI_CONFIG = `provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(MISSING_MIRROR)}
    include = ["*/*/*"]
  }
}
`;

/** The summaries of every `Error:` block in terraform's -no-color output. */
export function errorSummaries(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.replace(/^[│╷╵\s]+/, ''))
    .filter((line) => line.startsWith('Error: '))
    .map((line) => line.slice('Error: '.length).trim());
}

interface Run {
  code: number | null;
  output: string;
  ms: number;
}

function run(binary: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(binary, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new Error(
              `terraform binary "${binary}" not found on PATH: the tests load every synthesized stack in real terraform ` +
                '(>= 1.5, offline) and need it installed. Install it from https://developer.hashicorp.com/terraform/install ' +
                'or set TERRAFORM_BINARY to its path.',
            )
          : e,
      ),
    );
    child.on('close', (code) => resolve({ code, output, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
  });
}

async function loadOne(config: TerraformConfig, root: string, index: number, binary: string): Promise<TerraformLoadResult> {
  const dir = path.join(root, String(index));
  fs.mkdirSync(dir);
  for (const [file, text] of Object.entries(config.files)) fs.writeFileSync(path.join(dir, file), text);
  const env: NodeJS.ProcessEnv = { ...process.env, TF_CLI_CONFIG_FILE: path.join(root, 'cli.tfrc'), CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };
  delete env.TF_PLUGIN_CACHE_DIR;
  const { code, output, ms } = await run(binary, ['init', '-backend=false', '-input=false', '-no-color'], dir, env);
  const unexpected = errorSummaries(output).filter((s) => s !== EXPECTED_ERROR);
  if (code !== 0 && errorSummaries(output).length === 0) unexpected.push(`terraform exited with ${code} and printed no Error`);
  return { name: config.name, loaded: unexpected.length === 0, errors: unexpected, output, ms };
}

/**
 * Runs `terraform init -backend=false -input=false -no-color` on each configuration in its own temp
 * directory, `concurrency` at a time.
 * @throws Error when the terraform binary is missing (never a skip)
 */
export async function terraformLoad(configs: readonly TerraformConfig[], options: { concurrency?: number; binary?: string } = {}): Promise<TerraformLoadResult[]> {
  const binary = options.binary ?? TERRAFORM;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-load-'));
  fs.writeFileSync(path.join(root, 'cli.tfrc'), CLI_CONFIG);
  const results: TerraformLoadResult[] = new Array(configs.length);
  let next = 0;
  const worker = async () => {
    while (next < configs.length) {
      const i = next++;
      results[i] = await loadOne(configs[i], root, i, binary);
    }
  };
  try {
    const workers = Math.max(1, Math.min(options.concurrency ?? 4, configs.length));
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  if (process.env.TF_LOAD_TIMING === '1') {
    process.stderr.write(results.map((r) => `terraform init ${r.name}: ${r.ms.toFixed(0)} ms`).join('\n') + '\n');
  }
  return results;
}

/** A configuration from the Terraform files (`*.tf.json`, `*.tf`) of a directory, e.g. a stack in cdktf.out. */
export function configFromDir(name: string, dir: string): TerraformConfig {
  const names = fs.readdirSync(dir).filter((f) => /\.tf(\.json)?$/.test(f));
  if (names.length === 0) throw new Error(`${dir} holds no Terraform files (*.tf.json, *.tf)`);
  return { name, files: Object.fromEntries(names.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')])) };
}

/** One failure message per configuration terraform did not load, with terraform's full output. */
export function loadFailures(results: readonly TerraformLoadResult[]): string[] {
  return results
    .filter((r) => !r.loaded)
    .map((r) => `terraform rejects ${r.name}: ${r.errors.join('; ')}\n${r.output.trim()}`);
}

/**
 * Loads the configurations and throws when terraform rejects any of them, naming each one with
 * terraform's full message.
 */
export async function expectTerraformLoads(configs: readonly TerraformConfig[]): Promise<TerraformLoadResult[]> {
  const results = await terraformLoad(configs);
  const failures = loadFailures(results);
  if (failures.length > 0) throw new Error(`${failures.length} of ${results.length} configurations fail to load:\n\n${failures.join('\n\n')}`);
  return results;
}
