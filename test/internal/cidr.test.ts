import { cidrContains, cidrsOverlap, ipInCidr, parseCidr, parseIp } from '../../src/internal/cidr';

describe('cidr', () => {
  test('parses valid blocks and rejects malformed ones or set host bits', () => {
    expect(parseCidr('10.240.0.0/16')).toEqual({ text: '10.240.0.0/16', network: 0x0af00000, prefix: 16, size: 65536 });
    expect(parseCidr('0.0.0.0/0')?.size).toBe(2 ** 32);
    for (const bad of ['10.240.0.0', '10.240.0.0/33', '256.0.0.0/8', '10.240.0.1/16', 'a.b.c.d/8', '10.0.0.0/-1', ' 10.0.0.0/8']) {
      expect(parseCidr(bad)).toBeUndefined();
    }
  });

  test('containment, overlap and membership', () => {
    const vnet = parseCidr('10.240.0.0/16')!;
    const subnet = parseCidr('10.240.4.0/24')!;
    const other = parseCidr('10.241.0.0/16')!;
    expect(cidrContains(vnet, subnet)).toBe(true);
    expect(cidrContains(subnet, vnet)).toBe(false);
    expect(cidrsOverlap(vnet, subnet)).toBe(true);
    expect(cidrsOverlap(vnet, other)).toBe(false);
    expect(ipInCidr(parseIp('10.240.4.255')!, subnet)).toBe(true);
    expect(ipInCidr(parseIp('10.240.5.0')!, subnet)).toBe(false);
    expect(parseIp('10.0.0.256')).toBeUndefined();
  });
});
