import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/checks/cli';
import { MigrationStage } from '../../src';
import { migrationJson } from './migration-stacks';
import { stagePlan } from './stage-plan';

// The check CLI on the plans a user gets between migration stages: consecutive stages raise no plan guard, the
// direct jump and going back are refused (NI-PLAN-001..004). A plan JSON carries no stage marker (Terraform drops
// the "//" comments), so until stage 3 the outbound type is an error there (NI-AKS-004, fail closed) unless the
// migration window is accepted with a suppression that gives the reason.
const before = migrationJson();
const stage1 = migrationJson(MigrationStage.ARTIFACT_CACHE);
const stage2 = migrationJson(MigrationStage.REIMAGE_NODES);
const stage3 = migrationJson(MigrationStage.ISOLATED);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migration-plans-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CLUSTER = Object.keys(stage1.resource.azurerm_kubernetes_cluster)[0];
const WINDOW = path.join(dir, 'migration-window.json');
fs.writeFileSync(WINDOW, JSON.stringify([{ ruleId: 'NI-AKS-004', address: `azurerm_kubernetes_cluster.${CLUSTER}`, reason: 'migration to network isolated in progress (stages 1-2 of 3), CHG-1234' }]));

async function check(name: string, from: object, to: object, extra: string[] = []): Promise<{ code: number; errors: string[]; warnings: string[] }> {
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(stagePlan(from, to)));
  let out = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stdout.write;
  let code: number;
  try {
    code = await main(['node', 'cdktf-isolated-aks', 'check', file, '--format', 'json', ...extra]);
  } finally {
    process.stdout.write = write;
  }
  const report = JSON.parse(out);
  const ids = (severity: string) => report.findings.filter((f: any) => !f.suppressed && f.severity === severity).map((f: any) => f.ruleId);
  return { code, errors: ids('error'), warnings: ids('warning').filter((id: string) => id.startsWith('NI-PLAN')) };
}

describe('check CLI on the plans between migration stages', () => {
  test.each([
    ['before -> stage 1', before, stage1],
    ['stage 1 -> stage 2', stage1, stage2],
  ])('%s: no plan guard fires; the outbound type is the only error, and the migration window suppression accepts it', async (name, from, to) => {
    const file = name.replace(/\W+/g, '-');
    expect(await check(file, from, to)).toEqual({ code: 1, errors: ['NI-AKS-004'], warnings: [] });
    expect(await check(file, from, to, ['--suppressions', WINDOW])).toEqual({ code: 0, errors: [], warnings: [] });
  });

  test('stage 2 -> stage 3: no plan guard fires, nothing to accept, exit 0', async () => {
    expect(await check('stage-2-3', stage2, stage3)).toEqual({ code: 0, errors: [], warnings: [] });
  });

  test('before -> stage 3 directly (artifact source and outbound type in one update) is refused: NI-PLAN-001, exit 1', async () => {
    const result = await check('jump', before, stage3, ['--suppressions', WINDOW]);
    expect(result.errors).toEqual(['NI-PLAN-001']);
    expect(result.code).toBe(1);
  });

  test('stage 1 -> before (Cache back to Direct) is refused: NI-PLAN-002', async () => {
    expect((await check('back-to-direct', stage1, before, ['--suppressions', WINDOW])).errors).toEqual(['NI-PLAN-002', 'NI-AKS-006'].sort());
  });

  test('stage 3 -> stage 2 (outbound none back to loadBalancer) warns that egress re-opens: NI-PLAN-004', async () => {
    const result = await check('reopen', stage3, stage2, ['--suppressions', WINDOW]);
    expect(result).toEqual({ code: 0, errors: [], warnings: ['NI-PLAN-004'] });
  });

  test('flipping private_cluster_enabled (a replacement) is refused: NI-PLAN-003', async () => {
    const replaced = JSON.parse(JSON.stringify(stage1));
    const [name] = Object.keys(replaced.resource.azurerm_kubernetes_cluster);
    replaced.resource.azurerm_kubernetes_cluster[name].private_cluster_enabled = false;
    expect((await check('replace', stage1, replaced)).errors).toContain('NI-PLAN-003');
  });
});
