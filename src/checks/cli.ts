/**
 * `cdktf-isolated-aks check [cdktf.out | path/to/cdk.tf.json ...]`: runs the network isolation rules over
 * synthesized stacks. Exit 0 when clean (warnings allowed), 1 on findings at error severity, 2 on bad
 * input. `main` writes through injectable streams so tests run it in-process.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CheckReport, hasFailures, runChecks } from './engine';
import { renderJson, renderSarif, renderText, summaryLine, TOOL_NAME } from './report/report';
import { InputError, loadInputs } from './inputs/load-inputs';

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
export const USAGE = `Usage: ${TOOL_NAME} check [cdktf.out | path/to/cdk.tf.json ...] [options]

Runs the network isolation rules over synthesized Terraform JSON. A directory means every
stacks/*/cdk.tf.json in it (through its manifest.json when present). Default: cdktf.out

Options:
  --format text|json|sarif  report format (default: text)
  --output FILE             write the report to FILE instead of stdout
  --fail-on-warnings        exit 1 on warnings too
  --help                    show this help

Exit codes: 0 no errors (warnings allowed), 1 findings at error severity, 2 bad input.
`;

interface Options {
  readonly paths: string[];
  readonly format: Format;
  readonly output?: string;
  readonly failOnWarnings: boolean;
  readonly help: boolean;
}

/**
 * Runs the CLI.
 * @param argv `process.argv` (node, script, then the arguments)
 * @returns the exit code
 */
export function main(argv: readonly string[], io: CliIo = {}): number {
  const out = io.stdout ?? ((s: string) => process.stdout.write(s));
  const err = io.stderr ?? ((s: string) => process.stderr.write(s));
  const cwd = io.cwd ?? process.cwd();
  try {
    const options = parseArgs(argv.slice(2));
    if (options.help) {
      out(USAGE);
      return EXIT.clean;
    }
    const report = runChecks(loadInputs(options.paths, cwd));
    const rendered = render(report, options.format, cwd);
    if (options.output) {
      writeOutput(path.resolve(cwd, options.output), rendered);
      out(`${TOOL_NAME} check: ${summaryLine(report)}; report written to ${options.output}\n`);
    } else {
      out(rendered);
    }
    return hasFailures(report, options.failOnWarnings) ? EXIT.findings : EXIT.clean;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    err(`${TOOL_NAME}: ${e.message}\n`);
    return EXIT.badInput;
  }
}

function parseArgs(args: readonly string[]): Options {
  const paths: string[] = [];
  let format: Format = 'text';
  let output: string | undefined;
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
    else if (flag === '--fail-on-warnings') failOnWarnings = true;
    else if (flag.startsWith('-'))
      throw new InputError(`unknown option ${flag}; allowed: --format, --output, --fail-on-warnings, --help.`);
    else if (command === undefined) command = flag;
    else paths.push(flag);
  }
  if (command !== 'check') {
    const what = command === undefined ? 'missing command' : `unknown command "${command}"`;
    throw new InputError(`${what}; usage: ${TOOL_NAME} check [cdktf.out | cdk.tf.json ...] (see --help).`);
  }
  return { paths: paths.length ? paths : ['cdktf.out'], format, output, failOnWarnings, help: false };
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
