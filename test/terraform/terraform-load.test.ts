import { errorSummaries, EXPECTED_ERROR, terraformLoad } from './terraform-load';

const PROVIDER = { terraform: { required_providers: { azurerm: { source: 'azurerm', version: '4.55.0' } } }, provider: { azurerm: [{ features: [{}] }] } };
const ZONE = { name: 'privatelink.azurecr.io', resource_group_name: 'rg' };
const LINK = { name: 'link', resource_group_name: 'rg', private_dns_zone_name: 'privatelink.azurecr.io', virtual_network_id: 'vnet' };

/** A JSON configuration with a zone and a link; the link's depends_on as given. */
const json = (dependsOn: string[]) =>
  JSON.stringify({ ...PROVIDER, resource: { azurerm_private_dns_zone: { zone: ZONE }, azurerm_private_dns_zone_virtual_network_link: { link: { ...LINK, depends_on: dependsOn } } } });

describe('terraformLoad (real terraform init, offline)', () => {
  test('passes valid JSON and HCL configurations: the only Error is the missing provider mirror', async () => {
    const hcl = 'resource "azurerm_private_dns_zone" "zone" {\n  name = "privatelink.azurecr.io"\n  resource_group_name = "rg"\n}\n';
    const results = await terraformLoad([
      { name: 'json', files: { 'cdk.tf.json': json(['azurerm_private_dns_zone.zone']) } },
      { name: 'hcl', files: { 'main.tf': hcl } },
    ]);
    expect(results.map((r) => [r.name, r.loaded, r.errors])).toEqual([
      ['json', true, []],
      ['hcl', true, []],
    ]);
    // The stop at provider installation is what proves terraform got past loading the configuration.
    expect(errorSummaries(results[0].output)).toEqual([EXPECTED_ERROR]);
  });

  test('fails a "${...}" template in depends_on, returning terraform\'s full message', async () => {
    const [result] = await terraformLoad([{ name: 'template', files: { 'cdk.tf.json': json(['${azurerm_private_dns_zone.zone}']) } }]);
    expect(result.loaded).toBe(false);
    expect(result.errors).toContain('Invalid expression');
    expect(result.output).toMatch(/depends_on[\s\S]*A single static variable reference is required/);
  });

  test('fails syntax errors in JSON and in HCL', async () => {
    const results = await terraformLoad([
      { name: 'json', files: { 'cdk.tf.json': json(['azurerm_private_dns_zone.zone']).slice(0, -1) } },
      { name: 'hcl', files: { 'main.tf': 'resource "azurerm_private_dns_zone" "zone" {\n  name = \n' } },
    ]);
    expect(results.map((r) => r.loaded)).toEqual([false, false]);
    for (const r of results) expect(r.errors.length).toBeGreaterThan(0);
    expect(results[1].output).toMatch(/main\.tf line \d+/);
  });

  test('a missing terraform binary fails with a clear message (never a skip)', async () => {
    await expect(terraformLoad([{ name: 'any', files: { 'main.tf': '' } }], { binary: 'terraform-does-not-exist' })).rejects.toThrow(
      /terraform binary "terraform-does-not-exist" not found on PATH: .*https:\/\/developer\.hashicorp\.com\/terraform\/install/,
    );
  });
});
