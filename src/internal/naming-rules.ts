import { NameRule } from './validation';

/** Azure naming rules for the resources the constructs name (https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules). */
export const NAME_RULES = {
  cluster: {
    what: 'AKS clusters',
    minLength: 1,
    maxLength: 63,
    pattern: /^[a-zA-Z0-9]([a-zA-Z0-9_-]*[a-zA-Z0-9])?$/,
    description: 'letters, digits, "_" and "-", starting and ending with a letter or digit',
  },
  dnsPrefix: {
    what: 'AKS DNS prefixes',
    minLength: 1,
    maxLength: 54,
    pattern: /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/,
    description: 'letters, digits and "-", starting and ending with a letter or digit',
  },
  nodePool: {
    what: 'Linux AKS node pools',
    minLength: 1,
    maxLength: 12,
    pattern: /^[a-z][a-z0-9]*$/,
    description: 'lowercase letters and digits, starting with a letter',
  },
  registry: {
    what: 'container registries (globally unique)',
    minLength: 5,
    maxLength: 50,
    pattern: /^[a-zA-Z0-9]+$/,
    description: 'letters and digits only',
  },
  identity: {
    what: 'user-assigned managed identities',
    minLength: 3,
    maxLength: 128,
    pattern: /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/,
    description: 'letters, digits, "_" and "-", starting with a letter or digit',
  },
  virtualNetwork: {
    what: 'virtual networks',
    minLength: 2,
    maxLength: 64,
    pattern: /^[a-zA-Z0-9]([a-zA-Z0-9._-]*[a-zA-Z0-9_])?$/,
    description: 'letters, digits, "_", "." and "-", starting with a letter or digit and ending with a letter, digit or "_"',
  },
  subnetOrSecurityGroup: {
    what: 'subnets and network security groups',
    minLength: 1,
    maxLength: 80,
    pattern: /^[a-zA-Z0-9]([a-zA-Z0-9._-]*[a-zA-Z0-9_])?$/,
    description: 'letters, digits, "_", "." and "-", starting with a letter or digit and ending with a letter, digit or "_"',
  },
  privateEndpoint: {
    what: 'private endpoints',
    minLength: 2,
    maxLength: 64,
    pattern: /^[a-zA-Z0-9]([a-zA-Z0-9._-]*[a-zA-Z0-9_])?$/,
    description: 'letters, digits, "_", "." and "-", starting with a letter or digit and ending with a letter, digit or "_"',
  },
} satisfies Record<string, NameRule>;
