/** Tar archives written byte by byte for the tar reader's tests: ustar headers with their checksum, padded data. */

/**
 * One 512-byte ustar header, its checksum computed. `name` as bytes must fit 100 bytes (`prefix` 155); as text its
 * first 100 characters are written.
 */
export function tarHeader(name: string | Buffer, size: number, type = '0', prefix = Buffer.alloc(0)): Buffer {
  const h = Buffer.alloc(512);
  if (typeof name === 'string') h.write(name.slice(0, 100), 0);
  else name.copy(h, 0);
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  h.write('14712345670\0', 136);
  h.write('        ', 148);
  h.write(type, 156);
  h.write('ustar\0', 257);
  h.write('00', 263);
  prefix.copy(h, 345);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return h;
}

/** `data` padded with zeros to a whole number of 512-byte blocks. */
export const tarPad = (data: Buffer): Buffer => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
