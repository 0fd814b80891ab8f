import * as fs from 'fs';
import * as path from 'path';
import { IsolatedNetwork, PrivateRegistry } from '../../src';
import { LIMITS_DOC, PROJECT_URL } from '../../src/internal/validation';
import { newStack, RG } from '../helpers';

const SRC = path.join(__dirname, '..', '..', 'src');
const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to "-". */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
}

describe('links in messages', () => {
  const files = sourceFiles(SRC).map((file) => ({ file: path.relative(SRC, file), text: fs.readFileSync(file, 'utf8') }));

  test('no source file links to the README by a relative path', () => {
    const relative = /(?<![\w/.-])(?:\.\/)?README(?:\.md)?#[\w-]+/g;
    const found = files.flatMap(({ file, text }) => (text.match(relative) ?? []).map((m) => `${file}: ${m}`));
    expect(files.length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });

  test('every link to the project README names a heading the README has', () => {
    const anchors = new Set(README.split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => slug(l.replace(/^#+ /, ''))));
    const linked = files.flatMap(({ text }) => [...text.matchAll(/https:\/\/github\.com\/cdktf-isolated-aks\/cdktf-isolated-aks#([\w-]+)/g)].map((m) => m[1]));
    const viaConstant = LIMITS_DOC.startsWith(`${PROJECT_URL}#`) ? [LIMITS_DOC.slice(PROJECT_URL.length + 1)] : [];
    expect(viaConstant).toEqual(['limits-of-network-isolated-clusters']);
    expect([...linked, ...viaConstant].filter((a) => !anchors.has(a))).toEqual([]);
  });

  test('a validation error ends with the full URL of the README section', () => {
    const stack = newStack();
    const network = IsolatedNetwork.fromExistingSubnets(stack, 'Network', { virtualNetworkId: 'vnet', nodeSubnet: { id: 'nodes' } });
    expect(() => new PrivateRegistry(stack, 'Registry', { ...RG, network })).toThrow(
      '(see https://github.com/cdktf-isolated-aks/cdktf-isolated-aks#limits-of-network-isolated-clusters)',
    );
  });
});
