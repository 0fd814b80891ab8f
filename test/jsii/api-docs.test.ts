// The API reference every language sees: each public symbol is documented (optional props say their
// @default), no type unions reach the jsii languages, and the committed jsii-docgen output
// (`npm run docgen`) matches the current assembly.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { currentAssembly, ROOT } from './packaged';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const docgen = require('../../scripts/docgen') as { OUTPUTS: { file: string; language: string }[] };

interface Docs {
  summary?: string;
  default?: string;
}
interface Member {
  name: string;
  optional?: boolean;
  docs?: Docs;
}
interface JsiiType {
  kind: 'class' | 'interface' | 'enum';
  datatype?: boolean;
  docs?: Docs;
  properties?: Member[];
  methods?: Member[];
  members?: Member[];
}

let types: Record<string, JsiiType>;
let outdir: string;

beforeAll(() => {
  types = (currentAssembly() as unknown as { types: Record<string, JsiiType> }).types;
  // Exactly what `npm run docgen` runs, into a temporary directory (and outside jest's module sandbox).
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-docs-'));
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'docgen.js'), '--outdir', outdir], { cwd: ROOT, stdio: 'pipe' });
}, 60_000);

afterAll(() => {
  if (outdir) fs.rmSync(outdir, { recursive: true, force: true });
});

test('every public type and member has a doc comment', () => {
  const undocumented = Object.entries(types).flatMap(([fqn, type]) => [
    ...(type.docs?.summary ? [] : [fqn]),
    ...[...(type.properties ?? []), ...(type.methods ?? []), ...(type.members ?? [])]
      .filter((member) => !member.docs?.summary)
      .map((member) => `${fqn}.${member.name}`),
  ]);
  expect(undocumented).toEqual([]);
});

test('every optional prop documents its @default', () => {
  const missing = Object.entries(types)
    .filter(([, type]) => type.datatype)
    .flatMap(([fqn, type]) => (type.properties ?? []).filter((p) => p.optional && !p.docs?.default).map((p) => `${fqn}.${p.name}`));
  expect(missing).toEqual([]);
});

test('no type unions in the public API (they have no natural form in Java, C# or Go)', () => {
  const unions = Object.keys(types).filter((fqn) => JSON.stringify(types[fqn]).includes('"union"'));
  expect(unions).toEqual([]);
});

test.each(docgen.OUTPUTS)('$file ($language) is up to date with the assembly', ({ file }) => {
  const committed = path.join(ROOT, file);
  const current = fs.existsSync(committed) ? fs.readFileSync(committed, 'utf8') : '';
  const fresh = fs.readFileSync(path.join(outdir, file), 'utf8');
  if (current !== fresh) {
    const all = docgen.OUTPUTS.map((o) => o.file).join(' and ');
    throw new Error(`${file} is stale or missing: run \`npm run build && npm run docgen\` and commit ${all}`);
  }
  expect(fresh).toContain('NetworkIsolatedCluster');
});
