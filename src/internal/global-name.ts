import { Fn } from 'cdktf';
import { IConstruct } from 'constructs';
import { clientConfig } from './client-config';

/**
 * The shape of a globally unique Azure name: lowercase letters and digits, optionally "-" between stem and hash,
 * always starting with a letter (internal).
 */
export interface GlobalNameShape {
  /** Longest name the resource type accepts. */
  readonly maxLength: number;
  /** Hex characters of the hash (the uniqueness: 4 bits each). */
  readonly hashLength: number;
  /** Whether "-" is allowed (between path parts and before the hash); otherwise letters and digits only. */
  readonly hyphens: boolean;
}

/** The shapes of the globally unique names the constructs default (internal). */
export const GLOBAL_NAME_SHAPES = {
  /** Container registries: 5-50 letters and digits (`<stem><12 hex>`). */
  registry: { maxLength: 50, hashLength: 12, hyphens: false },
  /** Key vaults: 3-24 letters, digits and "-", starting with a letter, no "--" (`<stem>-<8 hex>`). */
  keyVault: { maxLength: 24, hashLength: 8, hyphens: true },
} as const satisfies Record<string, GlobalNameShape>;

/**
 * The readable head of a global name: the construct path below the app (stack id included), lowercased, cleaned to
 * the shape's characters, starting with a letter, cut so that the hash still fits.
 */
export function globalNameStem(pathParts: string[], shape: GlobalNameShape): string {
  const separator = shape.hyphens ? '-' : '';
  const room = shape.maxLength - shape.hashLength - separator.length;
  const cleaner = shape.hyphens ? /[^a-z0-9-]/g : /[^a-z0-9]/g;
  let stem = pathParts
    .map((p) => p.toLowerCase().replace(cleaner, ''))
    .filter((p) => p.length > 0)
    .join(separator)
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z]+/, '');
  if (stem.length === 0) stem = 'n';
  return stem.slice(0, room).replace(/-+$/, '');
}

/**
 * A default name for a globally unique resource that differs between deployments and is stable between synths of
 * the same one: `<stem>[-]<hash>` where the hash is computed by Terraform,
 * `substr(sha1(join("/", [<subscription id>, <resource group name>, "<construct path>"])), 0, <hashLength>)`, the subscription
 * coming from the stack's `data.azurerm_client_config`. Two users who copy the same code into different
 * subscriptions or resource groups get different names; a re-synth gives the same expression.
 * @returns a Terraform expression (an unresolved token string)
 */
export function globalName(scope: IConstruct, resourceGroupName: string, shape: GlobalNameShape): string {
  const stem = globalNameStem(
    scope.node.scopes.slice(1).map((s) => s.node.id),
    shape,
  );
  // join() rather than a "${...}" template: cdktf does not support templates inside its function arguments.
  const seed = Fn.join('/', [clientConfig(scope).subscriptionId, resourceGroupName, scope.node.path]);
  const hash = Fn.substr(Fn.sha1(seed), 0, shape.hashLength);
  return `${stem}${shape.hyphens ? '-' : ''}${hash}`;
}
