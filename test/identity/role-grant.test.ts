import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { Testing, TerraformVariable } from 'cdktf';
import { ExistingHubDnsStack } from '../../examples/existing-hub-dns/main';
import {
  ApiServerAccess,
  ArtifactSource,
  IsolatedNetwork,
  NetworkIsolatedCluster,
  PrivateClusterDnsZone,
  PrivateRegistry,
} from '../../src';
import { runChecks } from '../../src/checks/engine';
import { roleRequirements } from '../../src/checks/model/role-assignments';
import { TerraformDocument } from '../../src/checks/model/terraform-document';
import { roleDefinitionSubscription } from '../../src/identity/role-grant';
import { ROLE_IDS } from '../../src/internal/built-in-role-ids';
import { newStack, RG, resourceAt, resourcesOf, synth } from '../helpers';

const HUB_SUB = '00000000-0000-0000-0000-000000000002';
const SPOKE_SUB = '00000000-0000-0000-0000-000000000001';
const PROVIDER_SUB = '${data.azurerm_client_config.IsolatedAksClientConfig.subscription_id}';
const definition = (sub: string, guid: string) => `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;

function assignmentOn(json: any, scope: unknown): any {
  const all = Object.values<any>(resourcesOf(json, 'azurerm_role_assignment')).filter((a) => a.scope === scope);
  if (all.length !== 1) throw new Error(`expected one role assignment on ${JSON.stringify(scope)}, found ${all.length}`);
  return all[0];
}

describe('role definition ids name the subscription of their scope', () => {
  test('a hub zone in another subscription: the hub subscription (existing-hub-dns example)', () => {
    const json = synth(new ExistingHubDnsStack(Testing.app(), 'existing-hub-dns'));
    const zone = `/subscriptions/${HUB_SUB}/resourceGroups/rg-hub-dns/providers/Microsoft.Network/privateDnsZones/privatelink.westeurope.azmk8s.io`;
    expect(assignmentOn(json, zone).role_definition_id).toBe(definition(HUB_SUB, ROLE_IDS.privateDnsZoneContributor));
  });

  test('a literal spoke subnet id: the spoke subscription', () => {
    const json = synth(new ExistingHubDnsStack(Testing.app(), 'existing-hub-dns'));
    const subnet = `/subscriptions/${SPOKE_SUB}/resourceGroups/rg-spoke/providers/Microsoft.Network/virtualNetworks/vnet-spoke/subnets/snet-aks-nodes`;
    expect(assignmentOn(json, subnet).role_definition_id).toBe(definition(SPOKE_SUB, ROLE_IDS.networkContributor));
  });

  test('a resource of the same stack (a reference): the provider subscription from the one client config', () => {
    const stack = newStack();
    const network = new IsolatedNetwork(stack, 'Network', RG);
    const registry = new PrivateRegistry(stack, 'Registry', { ...RG, network });
    const zone = new PrivateDnsZone(stack, 'ApiZone', { name: 'privatelink.westeurope.azmk8s.io', resourceGroupName: 'rg-test' });
    new NetworkIsolatedCluster(stack, 'Aks', {
      ...RG,
      network,
      artifactSource: ArtifactSource.registry(registry),
      apiServerAccess: ApiServerAccess.privateLink({ privateDnsZone: PrivateClusterDnsZone.fromZoneId(zone.id) }),
    });
    const json = synth(stack);
    const zoneRef = '${azurerm_private_dns_zone.ApiZone.id}';
    expect(assignmentOn(json, zoneRef).role_definition_id).toBe(definition(PROVIDER_SUB, ROLE_IDS.privateDnsZoneContributor));
    expect(assignmentOn(json, resourceAt(json, 'azurerm_role_assignment', 'Aks/KubeletAcrPull').scope).role_definition_id).toBe(
      definition(PROVIDER_SUB, ROLE_IDS.acrPull),
    );
    expect(Object.keys(json.data.azurerm_client_config)).toEqual(['IsolatedAksClientConfig']);
  });

  test('a template whose subscription segment is a token: that token', () => {
    const stack = newStack();
    const hub = new TerraformVariable(stack, 'hub_subscription', { type: 'string' }).stringValue;
    expect(roleDefinitionSubscription(stack, `/subscriptions/${hub}/resourceGroups/dns`)).toBe(hub);
    expect(roleDefinitionSubscription(stack, `/SUBSCRIPTIONS/${HUB_SUB}`)).toBe(HUB_SUB);
  });

  test('a bare variable (no /subscriptions/ head): the provider subscription, as documented', () => {
    const stack = newStack();
    const zoneId = new TerraformVariable(stack, 'zone_id', { type: 'string' }).stringValue;
    const network = new IsolatedNetwork(stack, 'Network', RG);
    new NetworkIsolatedCluster(stack, 'Aks', {
      ...RG,
      network,
      apiServerAccess: ApiServerAccess.privateLink({ privateDnsZone: PrivateClusterDnsZone.fromZoneId(zoneId) }),
    });
    const json = synth(stack);
    expect(assignmentOn(json, '${var.zone_id}').role_definition_id).toBe(definition(PROVIDER_SUB, ROLE_IDS.privateDnsZoneContributor));
  });

  test('the rule pack still finds every role the cluster needs, on the hub zone and on same-stack scopes', () => {
    // GIVEN the hub example (hub zone, literal spoke subnets, same-stack registry and kubelet identity)
    const doc = new TerraformDocument(JSON.parse(Testing.synth(new ExistingHubDnsStack(Testing.app(), 'existing-hub-dns'), true)));
    const [cluster] = doc.resources('azurerm_kubernetes_cluster');
    // THEN each requirement is met by exactly the assignment the construct created
    const requirements = roleRequirements(doc, cluster);
    expect(requirements.map((r) => [r.role.name, r.found.length])).toEqual([
      ['AcrPull', 1],
      ['Managed Identity Operator', 1],
      ['Network Contributor', 1],
      ['Private DNS Zone Contributor', 1],
    ]);
    expect(requirements[3].found[0].config.role_definition_id).toBe(definition(HUB_SUB, ROLE_IDS.privateDnsZoneContributor));
    // and the role rules of the pack report nothing
    const report = runChecks([{ stack: 'existing-hub-dns', document: doc }]);
    expect(report.findings.filter((f) => /^NI-IAM-00[4-7]$/.test(f.ruleId))).toEqual([]);
  });
});
