import type { AddressClass } from '../model/address-class.js';

/**
 * Pseudonyms for IP addresses that keep the address's class, so a redacted report still reads right: an
 * internet address stays an internet address (from the documentation ranges, RFC 5737 / RFC 3849), a
 * private one private, a loopback or link-local one recognisable as such. The n-th address of a class
 * gets the n-th address of its range; the caller skips any that is a real value of the logs.
 */

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
