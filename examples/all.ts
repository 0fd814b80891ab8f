import { App } from 'cdktf';
import { AksManagedAcrStack } from './aks-managed-acr/main';
import { ApiServerVnetIntegrationStack } from './apiserver-vnet-integration/main';
import { ByoAcrPrivateLinkStack } from './byo-acr-private-link/main';
import { ExistingHubDnsStack } from './existing-hub-dns/main';
import { MigrateStage1Stack, MigrateStage2Stack, MigrateStage3Stack } from './migrate-existing-cluster/main';
import { PrivateAddonsStack } from './private-addons/main';

/** Stack names and constructors of every example (the stack name is its cdktf.out/stacks folder). */
export const EXAMPLES = {
  'byo-acr-private-link': ByoAcrPrivateLinkStack,
  'aks-managed-acr': AksManagedAcrStack,
  'apiserver-vnet-integration': ApiServerVnetIntegrationStack,
  'existing-hub-dns': ExistingHubDnsStack,
  'migrate-stage-1': MigrateStage1Stack,
  'migrate-stage-2': MigrateStage2Stack,
  'migrate-stage-3': MigrateStage3Stack,
  'private-addons': PrivateAddonsStack,
} as const;

/** Adds every example stack to one App (the app behind `npx cdktf synth`). */
export function addExampleStacks(app: App): void {
  for (const [name, Stack] of Object.entries(EXAMPLES)) {
    new Stack(app, name);
  }
}
