/**
 * CRC-32 (IEEE 802.3, as zlib computes it), table-driven and sliced by 8 (eight table look-ups per
 * 8 bytes): no platform module, so the same reader runs in Node and in a browser page. A platform with
 * a native one (Node's zlib, about three times as fast) hands it over with `useNativeCrc32`.
 */
const TABLES = (() => {
  const t = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) {
      const prev = at(t, (k - 1) * 256 + n);
      t[k * 256 + n] = (prev >>> 8) ^ at(t, prev & 0xff);
    }
  }
  return t;
})();

/**
 * An element of a table or of the data whose index the loop bounds or a byte mask keep in range; the
 * 0 is what a bitwise operator would make of a read past the end anyway.
 */
function at(a: Uint32Array | Uint8Array, i: number): number {
  return a[i] ?? 0;
}

type Crc32 = (data: Uint8Array, value?: number) => number;
/** @cache the platform's native CRC-32, installed once at start-up; the same results, faster. */
let native: Crc32 | undefined;

/** Installs a platform's native CRC-32 (same results, faster). */
export function useNativeCrc32(fn: Crc32): void {
  native = fn;
}

/** The CRC-32 of `data`, continuing from `value` (the CRC of what came before it). */
export function crc32(data: Uint8Array, value = 0): number {
  return native ? native(data, value) : tableCrc32(data, value);
}

export function tableCrc32(data: Uint8Array, value = 0): number {
  const t = TABLES;
  let crc = ~value >>> 0;
  let i = 0;
  const end8 = data.length - (data.length % 8);
  for (; i < end8; i += 8) {
    const a = (crc ^ (at(data, i) | (at(data, i + 1) << 8) | (at(data, i + 2) << 16) | (at(data, i + 3) << 24))) >>> 0;
    crc =
      at(t, 1792 + (a & 0xff)) ^
      at(t, 1536 + ((a >>> 8) & 0xff)) ^
      at(t, 1280 + ((a >>> 16) & 0xff)) ^
      at(t, 1024 + (a >>> 24)) ^
      at(t, 768 + at(data, i + 4)) ^
      at(t, 512 + at(data, i + 5)) ^
      at(t, 256 + at(data, i + 6)) ^
      at(t, at(data, i + 7));
  }
  for (; i < data.length; i++) crc = at(t, (crc ^ at(data, i)) & 0xff) ^ (crc >>> 8);
  return ~crc >>> 0;
}
