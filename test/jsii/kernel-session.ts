// One jsii kernel per test file, with the runtime, our npm tarball and its jsii dependencies loaded, and the way a
// foreign program makes an App, a stack and the azurerm provider. Shared by the test/jsii/kernel-*.test.ts files.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { KernelClient, ObjRef, struct } from './kernel-client';
import { ensurePackaged } from './packaged';

interface KernelFixtures {
  runtime: { version: string; entry: string };
  dependencies: { name: string; version: string; tarball: string }[];
  packageCacheRoot: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareKernelFixtures } = require('../../scripts/fetch-jsii-runtime') as { prepareKernelFixtures(): KernelFixtures };

/** Name of our assembly (the prefix of every fqn). */
export const LIB = 'cdktf-isolated-aks';
/** Name of the provider's assembly. */
export const AZURERM = '@cdktf/provider-azurerm';

/** A started kernel with everything loaded, and a temp dir the apps synthesize into. */
export interface KernelSession {
  readonly kernel: KernelClient;
  readonly runtimeVersion: string;
  /** What `load` answered for our tarball. */
  readonly loaded: { assembly: string; types: number };
  readonly outdir: string;
}

/** Starts the kernel and loads the dependencies and our tarball (the provider's ~88 MB assembly is the slow part). */
export async function startKernelSession(prefix: string): Promise<KernelSession> {
  const fixtures = prepareKernelFixtures();
  const packaged = ensurePackaged();
  const kernel = await KernelClient.start(fixtures.runtime.entry, { JSII_RUNTIME_PACKAGE_CACHE_ROOT: fixtures.packageCacheRoot });
  for (const dep of fixtures.dependencies) await kernel.load(dep.name, dep.version, dep.tarball);
  const loaded = await kernel.load(packaged.name, packaged.version, packaged.tarball);
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  return { kernel, runtimeVersion: fixtures.runtime.version, loaded, outdir };
}

/** Ends the kernel process and removes the temp dir. */
export async function closeKernelSession(session: KernelSession | undefined): Promise<void> {
  await session?.kernel.close();
  if (session?.outdir) fs.rmSync(session.outdir, { recursive: true, force: true });
}

/** A kernel-side App writing into `<outdir>/<appId>`, as a foreign program creates it. */
export function newApp(session: KernelSession, appId: string): Promise<ObjRef> {
  return session.kernel.create('cdktf.App', [struct('cdktf.AppConfig', { outdir: path.join(session.outdir, appId) })]);
}

/** A stack with the azurerm provider in an App. */
export async function newProviderStack(session: KernelSession, app: ObjRef, stackId: string): Promise<ObjRef> {
  const stack = await session.kernel.create('cdktf.TerraformStack', [app, stackId]);
  await session.kernel.create(`${AZURERM}.provider.AzurermProvider`, [
    stack,
    'azurerm',
    struct(`${AZURERM}.provider.AzurermProviderConfig`, { features: [struct(`${AZURERM}.provider.AzurermProviderFeatures`, {})] }),
  ]);
  return stack;
}

/** The cdk.tf.json a synthesized App wrote for one of its stacks. */
export function stackJson(session: KernelSession, appId: string, stackId: string): any {
  return JSON.parse(fs.readFileSync(path.join(session.outdir, appId, 'stacks', stackId, 'cdk.tf.json'), 'utf8'));
}
