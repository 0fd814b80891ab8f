import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { Cidr, parseCidr } from './cidr';
import { invalidProp, isUnresolved } from './validation';

/**
 * Parses a CIDR prop: undefined for an unresolved token (checked where it resolves), an error naming the
 * construct path and prop for a malformed literal.
 */
export function parseCidrProp(scope: IConstruct, prop: string, value: string): Cidr | undefined {
  if (isUnresolved(value)) return undefined;
  const cidr = parseCidr(value);
  if (!cidr) {
    throw invalidProp(scope, {
      prop,
      value,
      problem: 'is not a valid IPv4 CIDR block',
      allowed: 'a.b.c.d/n with the host bits zero, e.g. "10.240.0.0/16"',
      fix: `correct ${prop}`,
    });
  }
  return cidr;
}

/** Smallest subnet AKS accepts for API Server VNet Integration. */
export const MIN_API_SERVER_SUBNET_PREFIX = 28;

/** The literal entries of a CIDR list prop; none when the whole list is an unresolved (list) token. */
export function literalCidrList(values: string[] | undefined): string[] {
  if (!values || Token.isUnresolved(values)) return [];
  return values.filter((v) => !isUnresolved(v));
}

/** Parses a subnet's literal address prefix (if any) and rejects an API server subnet smaller than /28. */
export function checkSubnetPrefix(scope: IConstruct, prop: string, prefix: string | undefined, apiServer: boolean): Cidr | undefined {
  if (prefix === undefined) return undefined;
  const cidr = parseCidrProp(scope, prop, prefix);
  if (cidr && apiServer && cidr.prefix > MIN_API_SERVER_SUBNET_PREFIX) {
    throw invalidProp(scope, {
      prop,
      value: prefix,
      problem: `is smaller than /${MIN_API_SERVER_SUBNET_PREFIX}, the minimum for API Server VNet Integration`,
      allowed: `a prefix length of /${MIN_API_SERVER_SUBNET_PREFIX} or shorter`,
      fix: `use a delegated subnet of at least /${MIN_API_SERVER_SUBNET_PREFIX}`,
    });
  }
  return cidr;
}
