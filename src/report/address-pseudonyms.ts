/**
 * Pseudonyms for IP addresses that keep the address's class, so a redacted report still reads right: an
 * internet address stays an internet address (from the documentation ranges, RFC 5737 / RFC 3849), a
 * private one private, a loopback or link-local one recognisable as such. The n-th address of a class
 * gets the n-th address of its range; the caller skips any that is a real value of the logs.
 */

export type AddressClass =
  | 'public-v4'
  | 'private-v4'
  | 'loopback-v4'
  | 'link-local-v4'
  | 'public-v6'
  | 'private-v6'
  | 'link-local-v6';

/** The class of an address to hide, or undefined for one that names no one (unspecified, broadcast, multicast, ::1). */
export function addressClass(value: string, family: 4 | 6): AddressClass | undefined {
  if (family === 4) {
    const [a, b] = value.split('.').map(Number);
    if (a === 0 || a >= 224) return undefined; // this network, multicast, reserved and broadcast
    if (a === 127) return 'loopback-v4';
    if (a === 169 && b === 254) return 'link-local-v4';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127))
      return 'private-v4'; // RFC 1918 and the carrier-grade NAT range (RFC 6598)
    return 'public-v4';
  }
  const v = value.toLowerCase().replace(/^\[|\]$/g, '');
  if (v === '::' || v === '::1') return undefined;
  const first = v.startsWith('::') ? 0 : Number.parseInt(v.split(':')[0], 16);
  if ((first & 0xff00) === 0xff00) return undefined; // multicast
  if ((first & 0xffc0) === 0xfe80) return 'link-local-v6';
  if ((first & 0xfe00) === 0xfc00) return 'private-v6'; // unique local
  return 'public-v6';
}

/** RFC 5737's three documentation networks: 762 host addresses. */
const DOCUMENTATION_V4 = ['192.0.2', '198.51.100', '203.0.113'];

/** The n-th pseudonym (from 1) of a class. */
export function addressPseudonym(cls: AddressClass, n: number): string {
  const hi = (n >> 8) & 255;
  const lo = n & 255;
  switch (cls) {
    case 'public-v4': {
      const i = n - 1;
      if (i < DOCUMENTATION_V4.length * 254) return `${DOCUMENTATION_V4[Math.floor(i / 254)]}.${(i % 254) + 1}`;
      // Past the documentation networks: the benchmarking network 198.18.0.0/15 (RFC 2544), never routed either.
      const j = i - DOCUMENTATION_V4.length * 254 + 1;
      return `198.${18 + ((j >> 16) & 1)}.${(j >> 8) & 255}.${j & 255}`;
    }
    case 'private-v4':
      return `10.255.${hi}.${lo}`;
    case 'loopback-v4':
      return `127.255.${hi}.${lo}`;
    case 'link-local-v4':
      return `169.254.${255 - hi}.${lo}`;
    case 'public-v6':
      return `2001:db8:ffff::${n.toString(16)}`;
    case 'private-v6':
      return `fd00:255::${n.toString(16)}`;
    case 'link-local-v6':
      return `fe80::ffff:${n.toString(16)}`;
  }
}
