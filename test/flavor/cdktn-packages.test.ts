// The cdktn flavor's packages (`npm run package`: dist/js and dist/cdktn): their own names on every registry, the
// cdktn dependencies, and the npm tarball each language embeds. Regenerated when stale (cdktn-build.ts), never skipped.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ensureCdktnPackaged } from './cdktn-build';

let dist: string;
let version: string;

beforeAll(() => {
  dist = ensureCdktnPackaged();
  version = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
}, 180_000);

function read(rel: string): string {
  const file = path.join(dist, rel);
  if (!fs.existsSync(file)) throw new Error(`jsii-pacmak wrote no dist/${rel} (run npm run package)`);
  return fs.readFileSync(file, 'utf8');
}

const CASES: Array<[string, string, RegExp]> = [
  ['PyPI cdktn-isolated-aks, on cdktn and its provider', 'cdktn/python/setup.py', /"name": "cdktn-isolated-aks"[\s\S]*"cdktn-provider-azurerm>=16\.1\.0, <17\.0\.0",\s*"cdktn>=0\.24\.0, <0\.25\.0"/],
  ['Python module cdktn_isolated_aks', 'cdktn/python/src/cdktn_isolated_aks/__init__.py', /^class NetworkIsolatedCluster\(\n\s+_constructs_\w+\.Construct,/m],
  ['Maven io.github.cdktnisolatedaks:cdktn-isolated-aks on io.cdktn', 'cdktn/java/pom.xml', /<groupId>io\.github\.cdktnisolatedaks<\/groupId>\s*<artifactId>cdktn-isolated-aks<\/artifactId>[\s\S]*<groupId>io\.cdktn<\/groupId>\s*<artifactId>cdktn<\/artifactId>/],
  ['NuGet CdktnIsolatedAks on Io.Cdktn', 'cdktn/dotnet/CdktnIsolatedAks/CdktnIsolatedAks.csproj', /<PackageId>CdktnIsolatedAks<\/PackageId>[\s\S]*Include="Io\.Cdktn"/],
  ['Go module cdktnisolatedaks on cdk-terrain-go', 'cdktn/go/cdktnisolatedaks/go.mod', /^module github\.com\/cdktf-isolated-aks\/cdktn-isolated-aks-go\/cdktnisolatedaks$[\s\S]*github\.com\/open-constructs\/cdk-terrain-go\/cdktn/m],
];

test.each(CASES)('%s', (_what, file, pattern) => {
  expect(read(file)).toMatch(pattern);
});

test('the npm tarball is in dist/js under the cdktn name, next to the cdktf one', () => {
  const tarball = path.join(dist, 'js', `cdktn-isolated-aks@${version}.jsii.tgz`);
  expect(fs.existsSync(tarball) && fs.statSync(tarball).size).toBeGreaterThan(10_000);
  expect(read(`cdktn/python/src/cdktn_isolated_aks/_jsii/__init__.py`)).toContain(`"cdktn-isolated-aks", "${version}"`);
});

test.each(['cdktf-isolated-aks', 'cdktn-isolated-aks'])('the %s tarball bundles the check CLI HCL parser (@cdktf/hcl2json)', (name) => {
  const tarball = path.join(dist, 'js', `${name}@${version}.jsii.tgz`);
  const listing = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' });
  expect(listing).toMatch(/^package\/node_modules\/@cdktf\/hcl2json\/package\.json$/m);
});
