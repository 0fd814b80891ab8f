/**
 * Networking written with azapi: `Microsoft.Network/virtualNetworks` (subnets inline in the body too),
 * `virtualNetworks/subnets`, `networkSecurityGroups` (security rules inline too) and their
 * `securityRules`, public IP addresses and prefixes, as the azurerm resources the rules read. A subnet's
 * `networkSecurityGroup.id` becomes a subnet-NSG association.
 */
import { T } from '../subjects';
import type { TfResource } from '../terraform-document';
import { Body, MapContext } from './body';
import { subject, SubjectBuilder, topLevel } from './subject';

/** ARM types of the networking resources. */
export const NETWORK = {
  vnet: 'microsoft.network/virtualnetworks',
  subnet: 'microsoft.network/virtualnetworks/subnets',
  nsg: 'microsoft.network/networksecuritygroups',
  nsgRule: 'microsoft.network/networksecuritygroups/securityrules',
  publicIp: 'microsoft.network/publicipaddresses',
  publicIpPrefix: 'microsoft.network/publicipprefixes',
} as const;

/** A VNet, and each subnet of its body as a subnet of its own (id `<vnet id>/subnets/<name>`). */
export function mapVirtualNetwork(ctx: MapContext, raw: TfResource): TfResource[] {
  const p = Body.of(ctx, raw).at('properties');
  const built = topLevel(raw).from('address_space', p, 'addressSpace.addressPrefixes');
  const vnetId = `\${${raw.address}.id}`;
  const out = [subject(raw, T.vnet, 'Microsoft.Network/virtualNetworks', built)];
  const subnets = p.list('subnets');
  if (subnets === 'unknown') return out;
  subnets.forEach((item, i) => {
    const name = ctx.literal(item.get('name'));
    const id = `${vnetId}/subnets/${typeof name === 'string' ? name : i}`;
    const sub = subnetBuilder(item.at('properties'), vnetId).set('name', item.get('name'));
    out.push(subject(raw, T.subnet, 'Microsoft.Network/virtualNetworks', sub, { id }));
    out.push(...association(raw, item.at('properties'), id));
  });
  return out;
}

/** A subnet resource of a VNet (its parent_id). */
export function mapSubnet(ctx: MapContext, raw: TfResource): TfResource[] {
  const p = Body.of(ctx, raw).at('properties');
  const built = subnetBuilder(p, raw.config.parent_id).set('name', raw.config.name);
  built.field('virtual_network_name', 'parent_id');
  return [
    subject(raw, T.subnet, 'Microsoft.Network/virtualNetworks/subnets', built),
    ...association(raw, p, `\${${raw.address}.id}`),
  ];
}

function subnetBuilder(p: Body, vnet: unknown): SubjectBuilder {
  const prefixes = p.get('addressPrefixes') ?? (p.get('addressPrefix') === undefined ? undefined : [p.get('addressPrefix')]);
  return new SubjectBuilder()
    .set('virtual_network_name', vnet)
    .set('address_prefixes', prefixes, p.where('addressPrefixes'))
    .from('default_outbound_access_enabled', p, 'defaultOutboundAccess');
}

/** The subnet-NSG association a subnet's `networkSecurityGroup.id` stands for. */
function association(raw: TfResource, p: Body, subnetId: string): TfResource[] {
  const nsg = p.get('networkSecurityGroup.id');
  if (nsg === undefined) return [];
  const built = new SubjectBuilder()
    .set('subnet_id', subnetId)
    .set('network_security_group_id', nsg, p.where('networkSecurityGroup.id'));
  return [subject(raw, T.nsgAssociation, 'Microsoft.Network/virtualNetworks/subnets', built, { id: `${subnetId}/networkSecurityGroup` })];
}

/** Security rule properties (ARM name -> azurerm name). */
const RULE_PROPERTIES: ReadonlyArray<readonly [string, string]> = [
  ['direction', 'direction'],
  ['access', 'access'],
  ['priority', 'priority'],
  ['protocol', 'protocol'],
  ['sourceAddressPrefix', 'source_address_prefix'],
  ['sourceAddressPrefixes', 'source_address_prefixes'],
  ['sourcePortRange', 'source_port_range'],
  ['destinationAddressPrefix', 'destination_address_prefix'],
  ['destinationAddressPrefixes', 'destination_address_prefixes'],
  ['destinationPortRange', 'destination_port_range'],
];

function ruleAttributes(p: Body): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [property, attribute] of RULE_PROPERTIES) {
    const value = p.get(property);
    if (value !== undefined) out[attribute] = value;
  }
  return out;
}

/** An NSG with the security rules of its body. */
export function mapNetworkSecurityGroup(ctx: MapContext, raw: TfResource): TfResource[] {
  const p = Body.of(ctx, raw).at('properties');
  const rules = p.list('securityRules');
  const security =
    rules === 'unknown'
      ? [ruleAttributes(p.at('securityRules'))]
      : rules.map((rule) => ({ name: rule.get('name'), ...ruleAttributes(rule.at('properties')) }));
  const built = topLevel(raw).set('security_rule', security, p.where('securityRules'));
  return [subject(raw, T.nsg, 'Microsoft.Network/networkSecurityGroups', built)];
}

/** A security rule resource of an NSG (its parent_id). */
export function mapSecurityRule(ctx: MapContext, raw: TfResource): TfResource[] {
  const built = new SubjectBuilder()
    .set('name', raw.config.name)
    .set('network_security_group_name', raw.config.parent_id, 'parent_id');
  for (const [key, value] of Object.entries(ruleAttributes(Body.of(ctx, raw).at('properties')))) built.set(key, value);
  return [subject(raw, T.nsgRule, 'Microsoft.Network/networkSecurityGroups/securityRules', built)];
}

/** A public IP address or prefix (its existence is what the rule judges). */
export function mapPublicIp(type: 'azurerm_public_ip' | 'azurerm_public_ip_prefix', resourceType: string) {
  return (_ctx: MapContext, raw: TfResource): TfResource[] => [subject(raw, type, resourceType, topLevel(raw))];
}
