// Finds the rule pack in the compiled library (bench/build/lib, the snapshot of lib/ built by jsii) and wraps it as `run(json)`.
// Preferred: the engine, `runChecks([{ stack, document }])` of lib/checks/runtime.bundle.js (the one-file
// bundle NetworkIsolationChecks loads at synth) or of lib/checks/engine.js, which runs every rule over a
// Terraform JSON document and builds the report.
// Fallback, should the engine be missing or renamed: a fresh TerraformDocument plus ALL_RULES of
// lib/checks/rules/index.js (or every exported `{ id, evaluate }` of lib/checks/rules/*.js).
import * as fs from 'fs';
import * as path from 'path';

type Fn = (...args: unknown[]) => unknown;
type Mod = { [name: string]: unknown };
type RuleLike = { id: string; evaluate: Fn };

/** The rule pack, ready to run over a parsed Terraform JSON document. */
export interface RulePack {
  /** What was used, for the report. */
  readonly entry: string;
  /** Whether the engine's entry point was found (false: the bench's fallback over the rules). */
  readonly engine: boolean;
  /** Runs all rules over one document; returns the number of findings. */
  run(json: unknown): number;
}

// Loads compiled modules by path at run time (what exists depends on the build being benchmarked).
/* eslint-disable @typescript-eslint/no-require-imports */
function tryRequire(file: string): Mod | undefined {
  return fs.existsSync(file) ? (require(file) as Mod) : undefined;
}

function isRule(v: unknown): v is RuleLike {
  return !!v && typeof v === 'object' && typeof (v as Mod).id === 'string' && typeof (v as Mod).evaluate === 'function';
}

/** Where the rule pack lives in the compiled library: lib/checks/ now, lib/policy/checks/ in older builds. */
const CHECKS_DIRS = [['checks'], ['policy', 'checks']];

/** The first of CHECKS_DIRS that exists under `libDir` (else the current layout, for the error message). */
function findChecksDir(libDir: string): string {
  const dirs = CHECKS_DIRS.map((parts) => path.join(libDir, ...parts));
  return dirs.find((d) => fs.existsSync(path.join(d, 'engine.js')) || fs.existsSync(path.join(d, 'rules'))) ?? dirs[0];
}

/** Loads the rule pack from `libDir` (the compiled library). Throws when neither engine nor rules exist. */
export function loadRulePack(libDir: string): RulePack {
  const checksDir = findChecksDir(libDir);
  const rel = path.relative(path.dirname(libDir), checksDir);
  // The one-file bundle `npm run build` writes is what NetworkIsolationChecks loads at synth; else the modules.
  const entryFile = ['runtime.bundle.js', 'engine.js'].find((f) => fs.existsSync(path.join(checksDir, f))) ?? 'engine.js';
  const engine = tryRequire(path.join(checksDir, entryFile));
  if (engine && typeof engine.runChecks === 'function') {
    const runChecks = engine.runChecks as Fn;
    return {
      entry: `${rel}/${entryFile} runChecks()`,
      engine: true,
      run(json) {
        const report = runChecks([{ stack: 'bench', document: json }]) as { findings?: unknown[] };
        if (!Array.isArray(report?.findings)) throw new Error('runChecks() returned no findings list; update bench/checks/rule-pack.ts');
        return report.findings.length;
      },
    };
  }

  const documentModule = tryRequire(path.join(checksDir, 'model', 'terraform-document.js')) ?? tryRequire(path.join(checksDir, 'terraform-document.js'));
  const TerraformDocument = documentModule?.TerraformDocument as
    | (new (json: unknown) => unknown)
    | undefined;
  const rulesDir = path.join(checksDir, 'rules');
  if (!TerraformDocument || !fs.existsSync(rulesDir)) {
    throw new Error(`no rule pack in ${checksDir}: neither engine.js runChecks() nor model/terraform-document.js + rules/`);
  }
  const rules = new Map<string, RuleLike>();
  const index = tryRequire(path.join(rulesDir, 'index.js'));
  const sources = Array.isArray(index?.ALL_RULES)
    ? [index!.ALL_RULES as unknown[]]
    : fs.readdirSync(rulesDir).filter((f) => f.endsWith('.js')).sort().map((f) => Object.values(require(path.join(rulesDir, f)) as Mod));
  for (const list of sources) for (const r of list) if (isRule(r)) rules.set(r.id, r);
  /* eslint-enable @typescript-eslint/no-require-imports */
  if (rules.size === 0) throw new Error(`no rules exported from ${rulesDir}`);
  const all = [...rules.values()];
  return {
    entry: `fallback (no engine runChecks): TerraformDocument + ${all.length} rules of ${rel}/rules`,
    engine: false,
    run(json) {
      const doc = new TerraformDocument(json);
      let findings = 0;
      for (const rule of all) {
        const outcome = rule.evaluate(doc);
        if (Array.isArray(outcome)) findings += outcome.length;
      }
      return findings;
    },
  };
}
