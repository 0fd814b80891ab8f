import { createHash } from 'crypto';

/** The Terraform expression `globalName` must emit, for a stem, a resource group literal, a construct path and a hash length. */
export function expectedGlobalNameExpression(stem: string, separator: '' | '-', resourceGroup: string, path: string, hashLength: number): string {
  return (
    `${stem}${separator}\${substr(sha1(join("/", [data.azurerm_client_config.IsolatedAksClientConfig.subscription_id, ` +
    `${JSON.stringify(resourceGroup)}, ${JSON.stringify(path)}])), 0, ${hashLength})}`
  );
}

const SHAPE =
  /^([a-z0-9-]*?)(-?)\$\{substr\(sha1\(join\("\/", \[data\.azurerm_client_config\.IsolatedAksClientConfig\.subscription_id, "([^"]*)", "([^"]*)"\]\)\), 0, (\d+)\)\}$/;

/**
 * Evaluates a default global name the way Terraform would, for a given subscription id: sha1 (hex) of
 * `<subscription>/<resource group>/<path>`, its first N characters after the stem. Fails on any other expression.
 */
export function evaluateGlobalName(expression: string, subscriptionId: string): string {
  const match = SHAPE.exec(expression);
  if (!match) throw new Error(`not a default global name expression: ${expression}`);
  const [, stem, separator, resourceGroup, path, length] = match;
  const hash = createHash('sha1').update(`${subscriptionId}/${resourceGroup}/${path}`).digest('hex');
  return `${stem}${separator}${hash.slice(0, Number(length))}`;
}
