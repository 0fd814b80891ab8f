// Loads a directory of Terraform JSON in the real terraform binary, offline: `terraform init -backend=false` with a
// CLI config whose only provider installation method is a filesystem mirror that does not exist. Terraform parses
// and validates the configuration, then stops at provider installation ("Failed to query available provider
// packages"); any other Error is a configuration error. (A shared helper is planned at test/terraform/.)
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The one error an offline init is expected to stop at. */
export const EXPECTED_OFFLINE_ERROR = 'Failed to query available provider packages';

let cliConfig: string | undefined;

function offlineCliConfig(): string {
  if (!cliConfig) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terraform-offline-'));
    cliConfig = path.join(dir, 'offline.tfrc');
    const mirror = path.join(dir, 'no-such-mirror');
    fs.writeFileSync(cliConfig, `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(mirror)}\n  }\n}\n`);
  }
  return cliConfig;
}

/** What `terraform init` reported for one configuration directory. */
export interface TerraformLoad {
  /** Every `Error:` summary line terraform printed. */
  readonly errors: string[];
  /** The errors other than the expected offline provider installation failure. */
  readonly configurationErrors: string[];
  /** The whole output, for failure messages. */
  readonly output: string;
}

/** Runs `terraform init -backend=false` offline in a copy of `dir` (terraform writes .terraform/ next to the files). */
export function terraformLoad(dir: string): TerraformLoad {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'terraform-load-'));
  try {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.tf.json') || f.endsWith('.tf'))) {
      fs.copyFileSync(path.join(dir, file), path.join(work, file));
    }
    const result = spawnSync('terraform', ['init', '-backend=false', '-input=false', '-no-color'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, TF_CLI_CONFIG_FILE: offlineCliConfig(), CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' },
    });
    if (result.error) throw result.error;
    const output = `${result.stdout}${result.stderr}`;
    const errors = [...output.matchAll(/Error: (.+)/g)].map((m) => m[1].trim());
    return { errors, configurationErrors: errors.filter((e) => !e.startsWith(EXPECTED_OFFLINE_ERROR)), output };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
