/**
 * `cdktf-isolated-aks check [cdktf.out | cdk.tf.json | plan.json | main.tf | dir ...]`: runs the network
 * isolation rules over Terraform. Exit 0 when clean (warnings allowed), 1 on findings at error severity, 2 on
 * bad input. `main` writes through injectable streams so tests run it in-process.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CheckInput, CheckReport, hasFailures, runChecks } from './engine';
import { renderJson, renderSarif, renderText, summaryLine, TOOL_NAME } from './report/report';
import { InputError, loadInputs } from './inputs/load-inputs';
import { Suppressions, SuppressionSpec } from './report/suppressions';
import { ALL_RULES } from './rules';

/** Where the CLI writes and what it resolves paths against. */
export interface CliIo {
  /** Report output. @default process.stdout */
  readonly stdout?: (text: string) => void;
  /** Errors and notes. @default process.stderr */
  readonly stderr?: (text: string) => void;
  /** Directory paths are relative to. @default process.cwd() */
  readonly cwd?: string;
}

/** Exit codes of the CLI. */
export const EXIT = { clean: 0, findings: 1, badInput: 2 } as const;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** Usage text of the CLI. */
export const USAGE = `Usage: ${TOOL_NAME} check [PATH ...] [options]

Runs the network isolation rules over Terraform. Each PATH is read by its content:
  cdktf.out/                 every stacks/*/cdk.tf.json (through manifest.json when present)
  cdk.tf.json, *.tf.json     Terraform JSON
  plan.json                  \`terraform show -json plan.out\` (planned values, modules, changes)
  main.tf, dir/              HCL: every .tf / .tf.json file of the directory, local modules included
Default: cdktf.out

Options:
  --format text|json|sarif  report format (default: text)
  --output FILE             write the report to FILE instead of stdout
  --suppressions FILE       JSON list of { "ruleId", "address"?, "reason" } findings to accept
  --fail-on-warnings        exit 1 on warnings too
  --help                    show this help

Exit codes: 0 no errors (warnings allowed), 1 findings at error severity, 2 bad input, 3 internal error.
`;

interface Options {
  readonly paths: string[];
  readonly format: Format;
  readonly output?: string;
  readonly suppressions?: string;
  readonly failOnWarnings: boolean;
  readonly help: boolean;
}

/**
 * Runs the CLI. Synchronous for JSON inputs; a promise when an HCL input must be parsed (hcl2json is async).
 * @param argv `process.argv` (node, script, then the arguments)
 * @returns the exit code
 */
export function main(argv: readonly string[], io: CliIo = {}): number | Promise<number> {
  const out = io.stdout ?? ((s: string) => process.stdout.write(s));
  const err = io.stderr ?? ((s: string) => process.stderr.write(s));
  const cwd = io.cwd ?? process.cwd();
  const badInput = (e: unknown): number => {
    if (!(e instanceof InputError)) throw e;
    err(`${TOOL_NAME}: ${e.message}\n`);
    return EXIT.badInput;
  };
  try {
    const options = parseArgs(argv.slice(2));
    if (options.help) {
      out(USAGE);
      return EXIT.clean;
    }
    const suppressions = options.suppressions ? readSuppressions(path.resolve(cwd, options.suppressions), options.suppressions) : [];
    const report = (inputs: readonly CheckInput[]): number => {
      const result = runChecks(inputs, { suppressions });
      const rendered = render(result, options.format, cwd);
      if (options.output) {
        writeOutput(path.resolve(cwd, options.output), rendered);
        out(`${TOOL_NAME} check: ${summaryLine(result)}; report written to ${options.output}\n`);
      } else {
        out(rendered);
      }
      return hasFailures(result, options.failOnWarnings) ? EXIT.findings : EXIT.clean;
    };
    const inputs = loadInputs(options.paths, cwd);
    if (!(inputs instanceof Promise)) return report(inputs);
    return inputs.then(report).catch(badInput);
  } catch (e) {
    return badInput(e);
  }
}

function parseArgs(args: readonly string[]): Options {
  const paths: string[] = [];
  let format: Format = 'text';
  let output: string | undefined;
  let suppressions: string | undefined;
  let failOnWarnings = false;
  let command: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') ? splitFlag(args[i]) : [args[i], undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new InputError(`${flag} needs a value; see --help.`);
      return v;
    };
    if (flag === '--help' || flag === '-h') return { paths, format, failOnWarnings, help: true };
    else if (flag === '--format') {
      const v = value();
      if (!(FORMATS as readonly string[]).includes(v))
        throw new InputError(`--format "${v}" is not supported; allowed: ${FORMATS.join(', ')}.`);
      format = v as Format;
    } else if (flag === '--output' || flag === '-o') output = value();
    else if (flag === '--suppressions') suppressions = value();
    else if (flag === '--fail-on-warnings') failOnWarnings = true;
    else if (flag.startsWith('-'))
      throw new InputError(`unknown option ${flag}; allowed: --format, --output, --suppressions, --fail-on-warnings, --help.`);
    else if (command === undefined) command = flag;
    else paths.push(flag);
  }
  if (command !== 'check') {
    const what = command === undefined ? 'missing command' : `unknown command "${command}"`;
    throw new InputError(`${what}; usage: ${TOOL_NAME} check [cdktf.out | cdk.tf.json | plan.json | dir ...] (see --help).`);
  }
  return { paths: paths.length ? paths : ['cdktf.out'], format, output, suppressions, failOnWarnings, help: false };
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

function render(report: CheckReport, format: Format, cwd: string): string {
  if (format === 'json') return renderJson(report);
  if (format === 'sarif') return renderSarif(report, { cwd });
  return renderText(report);
}

function writeOutput(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (e) {
    throw new InputError(`--output ${file}: cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
}

/** A `--suppressions` file: a JSON list of suppressions, validated like those of NetworkIsolationChecks. */
function readSuppressions(file: string, shown: string): SuppressionSpec[] {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? `invalid JSON: ${(e as Error).message}`;
    throw new InputError(`--suppressions ${shown}: cannot be read (${reason}).`);
  }
  if (!Array.isArray(json)) {
    throw new InputError(`--suppressions ${shown}: expected a JSON list of { "ruleId", "address"?, "reason" }.`);
  }
  try {
    new Suppressions(json as SuppressionSpec[], ALL_RULES.map((r) => r.id));
  } catch (e) {
    throw new InputError(`--suppressions ${shown}: ${(e as Error).message}`);
  }
  return json as SuppressionSpec[];
}

/**
 * Runs the CLI as the `cdktf-isolated-aks` process: sets the exit code, and exits quietly when the reader
 * of stdout goes away (`check ... | head -1`: EPIPE), as command-line tools do.
 */
export function run(argv: readonly string[]): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? EXIT.clean);
  });
  Promise.resolve(main(argv)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${TOOL_NAME}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 3;
    }
  );
}
