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
    const [a, b] = value.split('.').map(Number) as [number, number];
    if (a === 0 || a >= 224) return undefined; // this network, multicast, reserved and broadcast
    if (a === 127) return 'loopback-v4';
    if (a === 169 && b === 254) return 'link-local-v4';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127))
      return 'private-v4'; // RFC 1918 and the carrier-grade NAT range (RFC 6598)
    return 'public-v4';
  }
  const g = ipv6Groups(value.replace(/^\[|\]$/g, ''));
  if (!g) return undefined;
  if (g.every((n, i) => n === (i === 7 ? g[7] : 0)) && g[7]! <= 1) return undefined; // :: and ::1
  // An IPv4 address carried in IPv6 (mapped, translated, NAT64, 6to4) is of the class of the address it carries.
  const embedded = embeddedIpv4(g);
  if (embedded) return addressClass(embedded, 4);
  const first = g[0]!;
  if ((first & 0xff00) === 0xff00) return undefined; // multicast
  if ((first & 0xffc0) === 0xfe80) return 'link-local-v6';
  if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfec0) return 'private-v6'; // unique local, old site-local
  if (first === 0x64 && g[1] === 0xff9b && g[2] === 1) return 'private-v6'; // NAT64 local use (RFC 8215)
  return 'public-v6';
}

/**
 * The eight 16-bit groups of an IPv6 address in any of its written forms (`::` anywhere, leading zeros or not,
 * any case, an IPv4 tail), or undefined when the text is not one.
 */
function ipv6Groups(text: string): number[] | undefined {
  let v = text;
  const dotted = /:((?:\d{1,3}\.){3}\d{1,3})$/.exec(v);
  if (dotted) {
    const o = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    if (o.some((n) => n > 255)) return undefined;
    // `::a.b.c.d` (IPv4-compatible, deprecated by RFC 4291) is read as the v4-mapped address, as ipaddr.js does.
    const head = dotted.index === 1 ? '::ffff:' : v.slice(0, dotted.index + 1);
    v = `${head}${((o[0] << 8) | o[1]).toString(16)}:${((o[2] << 8) | o[3]).toString(16)}`;
  }
  const halves = v.split('::');
  if (halves.length > 2) return undefined;
  const read = (s: string) => (s === '' ? [] : s.split(':'));
  const parts = halves.map(read);
  const groups: number[] = [];
  for (const p of parts.flat()) {
    if (!/^[0-9a-f]{1,4}$/i.test(p)) return undefined;
    groups.push(Number.parseInt(p, 16));
  }
  if (halves.length === 1) return groups.length === 8 ? groups : undefined;
  if (groups.length > 7) return undefined;
  const head = parts[0]!.length;
  return [...groups.slice(0, head), ...Array(8 - groups.length).fill(0), ...groups.slice(head)];
}

/**
 * The IPv4 address an IPv6 one carries: v4-mapped `::ffff:a.b.c.d`, IPv4-translated `::ffff:0:a.b.c.d`, NAT64's
 * well-known prefix `64:ff9b::a.b.c.d`, ISATAP's `…:5efe:a.b.c.d` (in the last 32 bits), or a 6to4 address's
 * (`2002:AABB:CCDD::/48`).
 */
function embeddedIpv4(g: number[]): string | undefined {
  const v4 = (hi: number, lo: number) => [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  const zeros = (from: number, to: number) => g.slice(from, to).every((n) => n === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return v4(g[6]!, g[7]!);
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return v4(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return v4(g[6]!, g[7]!);
  if (g[0] === 0x2002) return v4(g[1]!, g[2]!);
  // ISATAP (`…:0:5efe:a.b.c.d`, `…:200:5efe:…`): the tunnel's host is the IPv4 one (ipaddr.js keeps the prefix's class).
  if ((g[4] === 0 || g[4] === 0x200) && g[5] === 0x5efe) return v4(g[6]!, g[7]!);
  return undefined;
}

/** The class of an address as logged (IPv4 or IPv6, brackets allowed); undefined for none or an unclassified one. */
export function classOfAddress(address: string | undefined): AddressClass | 'loopback-v6' | undefined {
  const v = bare(address);
  if (!v) return undefined;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v)) return v.split('.').some((n) => +n > 255) ? undefined : addressClass(v, 4);
  if (!v.includes(':')) return undefined;
  const g = ipv6Groups(v);
  if (g?.slice(0, 7).every((n) => n === 0) && g[7] === 1) return 'loopback-v6';
  return addressClass(v, 6);
}

/** The address without brackets, zone or surrounding space. */
function bare(address: string | undefined): string | undefined {
  return address
    ?.trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
}

/**
 * Ranges of public class that no packet from the internet comes from: documentation (RFC 5737, 3849, 9637),
 * benchmarking (RFC 2544, 5180), IANA's special 192.0.0.0/24 and the old 6to4 relay (RFC 7526); for IPv6 also
 * discard (RFC 6666), ORCHID and the drone tags (2001:10::/28 to 2001:3f::/28), the rest of 2001::/23 but
 * Teredo, AMT and AS112, and segment routing (5f00::/16).
 */
function isUnrouted(v: string): boolean {
  if (!v.includes(':')) {
    return /^(192\.0\.[02]|198\.51\.100|203\.0\.113|192\.88\.99|198\.1[89])\./.test(v);
  }
  const g = ipv6Groups(v);
  if (!g) return true;
  const embedded = embeddedIpv4(g);
  if (embedded) return isUnrouted(embedded);
  const [a, b] = g as [number, number];
  if (a === 0x100 && g[1] === 0 && g[2] === 0 && g[3] === 0) return true;
  if (a === 0x5f00 || (a === 0x3fff && b < 0x1000)) return true;
  if (a === 0x2001) {
    if (b === 0xdb8) return true;
    if (b <= 0x1ff) return !(b === 0 || b === 3 || (b === 4 && g[2] === 0x112)); // Teredo, AMT, AS112
  }
  return false;
}

/**
 * An address on the internet: public, and not in a range no packet from outside carries (`isUnrouted`).
 * Private, shared (100.64/10), loopback, link-local and unique local addresses are not; nor is a name.
 */
export function isInternetAddress(address: string | undefined): boolean {
  const cls = classOfAddress(address);
  if (cls !== 'public-v4' && cls !== 'public-v6') return false;
  return !isUnrouted(bare(address)!);
}
