import { NOT_APPLICABLE } from '../../../src/checks/rule';
import { dependsOnStaticReferences } from '../../../src/checks/rules/depends-on-static-references';
import { A, at, docWith, findingMessages } from '../fixtures';
import { describeAzapiRule, res, Z } from '../azapi-fixtures';
import { describeRule, expectAllDescribed } from '../rule-cases';

const LINK = '${azurerm_private_dns_zone_virtual_network_link.acr}';

const described = [
  describeRule(dependsOnStaticReferences, [
    { when: 'bare addresses (the compliant fixture)', mutate: () => undefined, expect: [] },
    {
      when: 'a ${} template in a resource depends_on (cdktf dependsOn = [x.fqn])',
      mutate: (d) => (at(d, A.endpoint).depends_on = [LINK]),
      expect: [A.endpoint],
      message: /^depends_on entry "\$\{azurerm_private_dns_zone_virtual_network_link\.acr\}" is a template; terraform init rejects the whole configuration \("A single static variable reference is required"\): write the bare address azurerm_private_dns_zone_virtual_network_link\.acr\.$/,
    },
    { when: 'an attribute reference template names the resource address', mutate: (d) => (at(d, A.cluster).depends_on = ['${azurerm_role_assignment.acr_pull.id}']), expect: [A.cluster], message: /bare address azurerm_role_assignment\.acr_pull\.$/ },
    { when: 'a data source', mutate: (d) => (d.data.azurerm_client_config.current.depends_on = ['${azurerm_resource_group.rg}']), expect: ['data.azurerm_client_config.current'] },
    { when: 'a module', mutate: (d) => (d.module = { aks: { source: './aks', depends_on: ['${module.net.vnet_id}'] } }), expect: ['module.aks'], message: /bare address module\.net\.$/ },
    { when: 'an output', mutate: (d) => (d.output = { id: { value: '${azurerm_kubernetes_cluster.aks.id}', depends_on: ['${azurerm_role_assignment.mio}'] } }), expect: ['output.id'] },
    { when: 'a template that is no single reference', mutate: (d) => (at(d, A.endpoint).depends_on = ['${var.deps}']), expect: [A.endpoint], message: /list the resource or module addresses it stands for/ },
    { when: 'two bad entries on one resource', mutate: (d) => (at(d, A.endpoint).depends_on = [LINK, '${azurerm_private_dns_zone.acr}']), expect: [A.endpoint, A.endpoint] },
    {
      when: 'nothing has a depends_on',
      mutate: (d) => {
        delete at(d, A.cluster).depends_on;
      },
      expect: NOT_APPLICABLE,
    },
  ]),
];

expectAllDescribed('NI-TF', described);

it('reports only the template entries of a mixed list', () => {
  const json = docWith((d) => (at(d, A.endpoint).depends_on = [LINK, 'azurerm_private_dns_zone.acr']));
  expect(findingMessages(dependsOnStaticReferences, json)).toEqual([expect.stringContaining(LINK)]);
});

// The same rule on resources written with azapi: depends_on is a meta-argument, the same in every form.
describeAzapiRule(dependsOnStaticReferences, [
  { when: 'a ${} template in an azapi_resource depends_on', mutate: (d) => (res(d, Z.cluster).depends_on = [`\${${Z.acrPull}}`]), expect: [Z.cluster], message: /write the bare address azapi_resource\.acr_pull\.$/ },
  { when: 'bare azapi addresses', mutate: (d) => (res(d, Z.cluster).depends_on = [Z.acrPull]), expect: [] },
]);
