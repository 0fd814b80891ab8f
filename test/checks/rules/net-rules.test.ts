import { NOT_APPLICABLE } from '../../../src/checks/rule';
import { noNsgOutboundInternetAllow } from '../../../src/checks/rules/no-nsg-outbound-internet-allow';
import { noPublicIp } from '../../../src/checks/rules/no-public-ip';
import { nsgOutboundInternetDeny } from '../../../src/checks/rules/nsg-outbound-internet-deny';
import { subnetDefaultOutboundDisabled } from '../../../src/checks/rules/subnet-default-outbound-disabled';
import { subnetNsg } from '../../../src/checks/rules/subnet-nsg';
import { A, at, Json, put, ref, remove } from '../fixtures';
import { describeRule, expectAllDescribed } from '../rule-cases';

const nothingUsesSubnets = (d: Json) =>
  remove(d, 'azurerm_kubernetes_cluster', 'azurerm_kubernetes_cluster_node_pool', 'azurerm_private_endpoint');
/**
 * The cluster's node pools use a data source `data.azurerm_subnet.nodes` (a subnet this stack does not
 * manage); the managed namesake `azurerm_subnet.nodes` stays, used by nothing unless `keepPool`.
 */
const nodesFromDataSource = (keepPool = false) => (d: Json) => {
  d.data.azurerm_subnet = { nodes: { name: 'nodes', virtual_network_name: 'vnet-hub', resource_group_name: 'rg-hub' } };
  at(d, A.cluster).default_node_pool.vnet_subnet_id = '${data.azurerm_subnet.nodes.id}';
  if (!keepPool) at(d, A.pool).vnet_subnet_id = '${data.azurerm_subnet.nodes.id}';
};
/** Every subnet in use is a data source. */
const allSubnetsFromDataSources = (d: Json) => {
  nodesFromDataSource()(d);
  d.data.azurerm_subnet.endpoints = { name: 'endpoints', virtual_network_name: 'vnet-hub', resource_group_name: 'rg-hub' };
  at(d, A.endpoint).subnet_id = '${data.azurerm_subnet.endpoints.id}';
};
const allowRule = (prefix: unknown) => ({
  name: 'allow-out',
  priority: 100,
  direction: 'Outbound',
  access: 'Allow',
  protocol: 'Tcp',
  destination_address_prefix: prefix,
});

const described = [
  describeRule(subnetDefaultOutboundDisabled, [
    { when: 'an unused subnet with default outbound', mutate: (d) => put(d, 'azurerm_subnet.spare', { name: 'spare' }), expect: [] },
    { when: 'node subnet missing the attribute (default true)', mutate: (d) => delete at(d, A.nodes).default_outbound_access_enabled, expect: [A.nodes], message: /provider default true/ },
    { when: 'endpoint subnet true', mutate: (d) => (at(d, A.endpoints).default_outbound_access_enabled = true), expect: [A.endpoints] },
    { when: 'subnets given as literal ids (not in the stack)', mutate: (d) => { at(d, A.cluster).default_node_pool.vnet_subnet_id = '/x/subnets/a'; at(d, A.pool).vnet_subnet_id = '/x/subnets/a'; at(d, A.endpoint).subnet_id = '/x/subnets/b'; }, expect: NOT_APPLICABLE },
    { when: 'subnets given as data sources (not in the stack)', mutate: allSubnetsFromDataSources, expect: NOT_APPLICABLE },
    {
      when: 'nodes from data.azurerm_subnet.nodes: the unused managed namesake is not judged',
      mutate: (d) => {
        nodesFromDataSource()(d);
        at(d, A.nodes).default_outbound_access_enabled = true;
      },
      expect: [],
    },
    {
      when: 'nodes from data.azurerm_subnet.nodes, a pool still on the managed namesake with default outbound',
      mutate: (d) => {
        nodesFromDataSource(true)(d);
        at(d, A.nodes).default_outbound_access_enabled = true;
      },
      expect: [A.nodes],
    },
    { when: 'nothing uses a subnet', mutate: nothingUsesSubnets, expect: NOT_APPLICABLE },
  ]),
  describeRule(subnetNsg, [
    { when: 'node subnet without NSG association', mutate: (d) => remove(d, 'azurerm_subnet_network_security_group_association.nodes'), expect: [A.nodes], message: /no azurerm_subnet_network_security_group_association/ },
    { when: 'subnets given as data sources, without NSG associations in this stack', mutate: (d) => (allSubnetsFromDataSources(d), remove(d, 'azurerm_subnet_network_security_group_association')), expect: NOT_APPLICABLE },
    {
      when: 'nodes from a data source, the endpoint subnet (managed) without NSG association',
      mutate: (d) => (nodesFromDataSource()(d), remove(d, 'azurerm_subnet_network_security_group_association')),
      expect: [A.endpoints],
    },
    { when: 'nothing uses a subnet', mutate: nothingUsesSubnets, expect: NOT_APPLICABLE },
  ]),
  describeRule(noNsgOutboundInternetAllow, [
    { when: 'outbound allow to a private range', mutate: (d) => at(d, A.nsg).security_rule.push(allowRule('10.0.0.0/8')), expect: [] },
    { when: 'inbound allow from the internet is not egress', mutate: (d) => at(d, A.nsg).security_rule.push({ ...allowRule('Internet'), direction: 'Inbound' }), expect: [] },
    { when: 'inline outbound allow to Internet', mutate: (d) => at(d, A.nsg).security_rule.push(allowRule('Internet')), expect: [A.nsg], message: /"allow-out" allows Outbound/ },
    { when: 'inline outbound allow to 0.0.0.0/0 (lower case fields)', mutate: (d) => at(d, A.nsg).security_rule.push({ ...allowRule('0.0.0.0/0'), direction: 'outbound', access: 'allow' }), expect: [A.nsg] },
    {
      when: 'standalone rule allowing * through destination_address_prefixes',
      mutate: (d) => put(d, 'azurerm_network_security_rule.out', { ...allowRule(undefined), destination_address_prefixes: ['10.0.0.0/8', '*'], network_security_group_name: ref(A.nsg, 'name') }),
      expect: ['azurerm_network_security_rule.out'],
    },
    { when: 'destination from an unresolvable expression (fail closed)', mutate: (d) => at(d, A.nsg).security_rule.push(allowRule('${var.dest}')), expect: [A.nsg] },
    { when: 'no NSG at all', mutate: (d) => remove(d, 'azurerm_network_security_group'), expect: NOT_APPLICABLE },
  ]),
  describeRule(nsgOutboundInternetDeny, [
    {
      when: 'deny as a standalone azurerm_network_security_rule',
      mutate: (d) => {
        const deny = at(d, A.nsg).security_rule[0];
        at(d, A.nsg).security_rule = [];
        put(d, 'azurerm_network_security_rule.deny', { ...deny, network_security_group_name: ref(A.nsg, 'name') });
      },
      expect: [],
    },
    { when: 'node NSG without a deny', mutate: (d) => (at(d, A.nsg).security_rule = []), expect: [A.nsg], message: /AllowInternetOutBound \(65001\)/ },
    { when: 'deny to a private range only', mutate: (d) => (at(d, A.peNsg).security_rule[0].destination_address_prefix = '10.0.0.0/8'), expect: [A.peNsg] },
    { when: 'no NSG associated with a used subnet', mutate: (d) => remove(d, 'azurerm_subnet_network_security_group_association'), expect: NOT_APPLICABLE },
    {
      when: 'a used subnet associated with an NSG data source (not in the stack)',
      mutate: (d) => {
        d.data.azurerm_network_security_group = { hub: { name: 'nsg-hub', resource_group_name: 'rg-hub' } };
        at(d, 'azurerm_subnet_network_security_group_association.nodes').network_security_group_id = '${data.azurerm_network_security_group.hub.id}';
        at(d, A.peNsg).security_rule = [];
      },
      expect: [A.peNsg],
    },
  ]),
  describeRule(noPublicIp, [
    { when: 'a public IP', mutate: (d) => put(d, 'azurerm_public_ip.fw', { name: 'fw', allocation_method: 'Static' }), expect: ['azurerm_public_ip.fw'], message: /public address/ },
    { when: 'a public IP prefix', mutate: (d) => put(d, 'azurerm_public_ip_prefix.p', { name: 'p' }), expect: ['azurerm_public_ip_prefix.p'] },
    { when: 'no public IP', expect: NOT_APPLICABLE },
  ]),
];

expectAllDescribed('NI-NET', described);
