/**
 * The class of an IP address as a responder reads it: on the internet, inside a private network, this computer's
 * loopback, link-local. One rule for every reader: redaction keeps the class of the addresses it hides, and the
 * security lens keys its advice to the class of an attack's source.
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
  // An IPv4 address carried in IPv6 (mapped, ISATAP, NAT64, 6to4) is of the class of the address it carries.
  const embedded = embeddedIpv4(v);
  if (embedded) return addressClass(embedded, 4);
  const first = v.startsWith('::') ? 0 : Number.parseInt(v.split(':')[0], 16);
  if ((first & 0xff00) === 0xff00) return undefined; // multicast
  if ((first & 0xffc0) === 0xfe80) return 'link-local-v6';
  if ((first & 0xfe00) === 0xfc00) return 'private-v6'; // unique local
  return 'public-v6';
}

/**
 * The IPv4 address an IPv6 one carries: written in its last 32 bits (`::ffff:a.b.c.d`, ISATAP `…:5efe:a.b.c.d`,
 * NAT64 `64:ff9b::a.b.c.d`), or a 6to4 address's (`2002:AABB:CCDD::/48`).
 */
function embeddedIpv4(v: string): string | undefined {
  const dotted = /:((?:\d{1,3}\.){3}\d{1,3})$/.exec(v);
  if (dotted) return dotted[1];
  const sixToFour = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4})(?::|$)/i.exec(v);
  if (sixToFour) {
    const hi = Number.parseInt(sixToFour[1], 16);
    const lo = Number.parseInt(sixToFour[2], 16);
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  return undefined;
}

/** The class of an address as logged (IPv4 or IPv6, brackets allowed); undefined for none or an unclassified one. */
export function classOfAddress(address: string | undefined): AddressClass | 'loopback-v6' | undefined {
  if (!address) return undefined;
  const v = address
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  if (v === '::1') return 'loopback-v6';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v)) return addressClass(v, 4);
  return v.includes(':') ? addressClass(v, 6) : undefined;
}

/** The documentation ranges (RFC 5737, RFC 3849): never routed, so no one on the internet sends from them. */
function isDocumentation(v: string): boolean {
  return /^(192\.0\.2|198\.51\.100|203\.0\.113)\./.test(v) || /^2001:0?db8:/i.test(v);
}

/**
 * An address on the internet: public, and not a documentation range (which no packet from outside carries).
 * Private, shared (100.64/10), loopback, link-local and unique local addresses are not; nor is a name.
 */
export function isInternetAddress(address: string | undefined): boolean {
  const cls = classOfAddress(address);
  if (cls !== 'public-v4' && cls !== 'public-v6') return false;
  return !isDocumentation(address!.trim().replace(/^\[|\]$/g, ''));
}
