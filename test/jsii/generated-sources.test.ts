// The jsii-pacmak output (`npm run package`, dist/) holds the constructs and typed choices in each language's
// idiom, under the package names on each registry, with the npm tarball its runtime loads. Regenerated here
// when dist/ is missing or older than .jsii (see packaged.ts), so this test never skips.
import * as fs from 'fs';
import * as path from 'path';
import { DIST, ensurePackaged } from './packaged';

const CONSTRUCTS = ['NetworkIsolatedCluster', 'PrivateRegistry', 'IsolatedNetwork'];

interface Check {
  readonly what: string;
  readonly file: string;
  readonly pattern: RegExp;
}

interface Language {
  readonly name: string;
  /** The embedded npm tarball, relative to dist/, for a version. */
  readonly tarball: (version: string) => string;
  readonly checks: Check[];
}

const PY = 'python/src/cdktf_isolated_aks/__init__.py';
const JAVA = 'java/src/main/java/io/github/cdktfisolatedaks';
const CS = 'dotnet/CdktfIsolatedAks/CdktfIsolatedAks';
const GO = 'go/cdktfisolatedaks';

const LANGUAGES: Language[] = [
  {
    name: 'Python',
    tarball: (v) => `python/src/cdktf_isolated_aks/_jsii/cdktf-isolated-aks@${v}.jsii.tgz`,
    checks: [
      { what: 'PyPI name cdktf-isolated-aks', file: 'python/setup.py', pattern: /"name": "cdktf-isolated-aks"/ },
      ...CONSTRUCTS.map((c) => ({
        what: `class ${c}(Construct)`,
        file: PY,
        pattern: new RegExp(`^class ${c}\\(\\n\\s+_constructs_\\w+\\.Construct,`, 'm'),
      })),
      {
        what: 'props as keyword arguments',
        file: PY,
        pattern: /^class NetworkIsolatedCluster\([\s\S]*?def __init__\([\s\S]*?\*,[\s\S]*?resource_group_name: builtins\.str,/m,
      },
      { what: 'ApiServerAccess.private_link()', file: PY, pattern: /def private_link\([\s\S]*?jsii\.sinvoke\(cls, "privateLink"/ },
      { what: 'OutboundType.NONE', file: PY, pattern: /jsii_name="NONE"\)\n\s+def NONE\(cls\) -> "OutboundType":/ },
      { what: 'KubernetesVersion.of()', file: PY, pattern: /def of\(cls, version: builtins\.str\) -> "KubernetesVersion":/ },
    ],
  },
  {
    name: 'Java',
    tarball: (v) => `java/src/main/resources/io/github/cdktfisolatedaks/cdktf-isolated-aks@${v}.jsii.tgz`,
    checks: [
      {
        what: 'Maven io.github.cdktfisolatedaks:cdktf-isolated-aks',
        file: 'java/pom.xml',
        pattern: /<groupId>io\.github\.cdktfisolatedaks<\/groupId>\s*<artifactId>cdktf-isolated-aks<\/artifactId>/,
      },
      ...CONSTRUCTS.map((c) => ({
        what: `class ${c} extends Construct`,
        file: `${JAVA}/${c}.java`,
        pattern: new RegExp(`^package io\\.github\\.cdktfisolatedaks;[\\s\\S]*^public class ${c} extends software\\.constructs\\.Construct\\b`, 'm'),
      })),
      {
        what: 'NetworkIsolatedCluster.Builder',
        file: `${JAVA}/NetworkIsolatedCluster.java`,
        pattern: /public static Builder create\(final software\.constructs\.Construct scope, final java\.lang\.String id\)[\s\S]*?public Builder resourceGroupName\(final java\.lang\.String resourceGroupName\)/,
      },
      { what: 'ApiServerAccess.privateLink()', file: `${JAVA}/ApiServerAccess.java`, pattern: /public static .*\.ApiServerAccess privateLink\(\) \{/ },
      { what: 'OutboundType.NONE', file: `${JAVA}/OutboundType.java`, pattern: /public final static io\.github\.cdktfisolatedaks\.OutboundType NONE;/ },
      { what: 'KubernetesVersion.of()', file: `${JAVA}/KubernetesVersion.java`, pattern: /public static .*\.KubernetesVersion of\(final .*java\.lang\.String version\)/ },
    ],
  },
  {
    name: 'C#',
    tarball: (v) => `dotnet/CdktfIsolatedAks/cdktf-isolated-aks-${v}.tgz`,
    checks: [
      { what: 'NuGet CdktfIsolatedAks', file: 'dotnet/CdktfIsolatedAks/CdktfIsolatedAks.csproj', pattern: /<PackageId>CdktfIsolatedAks<\/PackageId>/ },
      ...CONSTRUCTS.map((c) => ({
        what: `class ${c} : Construct`,
        file: `${CS}/${c}.cs`,
        pattern: new RegExp(`^namespace CdktfIsolatedAks$[\\s\\S]*public class ${c} : Constructs\\.Construct\\b`, 'm'),
      })),
      {
        what: 'props as a class with properties',
        file: `${CS}/NetworkIsolatedClusterProps.cs`,
        pattern: /public class NetworkIsolatedClusterProps : CdktfIsolatedAks\.INetworkIsolatedClusterProps[\s\S]*public string ResourceGroupName\b/,
      },
      { what: 'ApiServerAccess.PrivateLink()', file: `${CS}/ApiServerAccess.cs`, pattern: /public static CdktfIsolatedAks\.ApiServerAccess PrivateLink\(/ },
      { what: 'OutboundType.NONE', file: `${CS}/OutboundType.cs`, pattern: /public static CdktfIsolatedAks\.OutboundType NONE\b/ },
      { what: 'KubernetesVersion.Of()', file: `${CS}/KubernetesVersion.cs`, pattern: /public static CdktfIsolatedAks\.KubernetesVersion Of\(string version\)/ },
    ],
  },
  {
    name: 'Go',
    tarball: (v) => `go/cdktfisolatedaks/jsii/cdktf-isolated-aks-${v}.tgz`,
    checks: [
      {
        what: 'module github.com/cdktf-isolated-aks/cdktf-isolated-aks-go/cdktfisolatedaks',
        file: `${GO}/go.mod`,
        pattern: /^module github\.com\/cdktf-isolated-aks\/cdktf-isolated-aks-go\/cdktfisolatedaks$/m,
      },
      ...CONSTRUCTS.map((c) => ({
        what: `New${c}() returning a Construct`,
        file: `${GO}/${c}.go`,
        pattern: new RegExp(
          `^type ${c} interface \\{\\n\\tconstructs\\.Construct$[\\s\\S]*^func New${c}\\(scope constructs\\.Construct, id \\*string, props \\*${c}Props\\) ${c} \\{`,
          'm',
        ),
      })),
      {
        what: 'props as a struct',
        file: `${GO}/NetworkIsolatedClusterProps.go`,
        pattern: /^type NetworkIsolatedClusterProps struct \{[\s\S]*^\tResourceGroupName \*string `field:"required"/m,
      },
      { what: 'ApiServerAccess_PrivateLink()', file: `${GO}/ApiServerAccess.go`, pattern: /^func ApiServerAccess_PrivateLink\(options \*PrivateLinkOptions\) ApiServerAccess \{/m },
      { what: 'OutboundType_NONE()', file: `${GO}/OutboundType.go`, pattern: /^func OutboundType_NONE\(\) OutboundType \{/m },
      { what: 'KubernetesVersion_Of()', file: `${GO}/KubernetesVersion.go`, pattern: /^func KubernetesVersion_Of\(version \*string\) KubernetesVersion \{/m },
    ],
  },
];

let version: string;

beforeAll(() => {
  version = ensurePackaged().version;
}, 120_000);

function read(file: string): string {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) throw new Error(`jsii-pacmak wrote no dist/${file} (run npm run package)`);
  return fs.readFileSync(full, 'utf8');
}

describe.each(LANGUAGES)('$name sources', (language) => {
  test.each(language.checks)('$what', ({ file, pattern }) => {
    expect(read(file)).toMatch(pattern);
  });

  test('embed the npm tarball the jsii runtime loads', () => {
    const tarball = path.join(DIST, language.tarball(version));
    expect(fs.existsSync(tarball) && fs.statSync(tarball).size).toBeGreaterThan(10_000);
  });
});
