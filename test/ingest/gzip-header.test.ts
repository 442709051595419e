/**
 * gzip headers (issue #51): a header is read once, in linear time, however long its file name, comment or extra
 * field (fflate alone parsed it again at every piece: an 8 MiB name took 30 s); what follows is read as usual. A
 * later member's header over 64 KiB is refused with its byte, what came before kept.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipped } from '../../src/ingest/gunzip.js';
import { StreamDamage } from '../../src/model/reader.js';

function member(data: Buffer, opts: { name?: Buffer; comment?: Buffer; extra?: Buffer; hcrc?: boolean } = {}): Buffer {
  const flags = (opts.hcrc ? 2 : 0) | (opts.extra ? 4 : 0) | (opts.name ? 8 : 0) | (opts.comment ? 16 : 0);
  const parts: Buffer[] = [Buffer.from([0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 3])];
  if (opts.extra) parts.push(Buffer.from([opts.extra.length & 0xff, opts.extra.length >> 8]), opts.extra);
  if (opts.name) parts.push(opts.name, Buffer.alloc(1));
  if (opts.comment) parts.push(opts.comment, Buffer.alloc(1));
  if (opts.hcrc) parts.push(Buffer.from([0x12, 0x34]));
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length, 4);
  parts.push(deflateRawSync(data), trailer);
  return Buffer.concat(parts);
}

async function unpack(bytes: Buffer, piece = 64 * 1024): Promise<{ out: Buffer; damage?: StreamDamage }> {
  const parts: Uint8Array[] = [];
  try {
    for await (const p of gunzipped(
      (async function* () {
        for (let at = 0; at < bytes.length; at += piece) yield bytes.subarray(at, at + piece);
      })(),
      'x.gz',
    ))
      parts.push(p);
  } catch (err) {
    if (!(err instanceof StreamDamage)) throw err;
    return { out: Buffer.concat(parts), damage: err };
  }
  return { out: Buffer.concat(parts) };
}

const DATA = Buffer.from('{"n":1}\n'.repeat(5000));

describe('gzip headers', () => {
  it('an 8 MiB file name is read past in linear time, the data read whole', async () => {
    const bytes = member(DATA, { name: Buffer.alloc(8 * 1024 * 1024, 0x61) });
    const started = performance.now();
    const { out, damage } = await unpack(bytes, 4096);
    expect(damage).toBeUndefined();
    expect(out.equals(DATA)).toBe(true);
    // Quadratic took 30 s; linear takes well under a second even on a busy machine.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('every optional part (extra, name, comment, header CRC), cut at every byte, reads the same', async () => {
    const bytes = member(DATA, {
      extra: Buffer.from('AB\x04\x00xyzw'),
      name: Buffer.from('Sécurité.ndjson'),
      comment: Buffer.from('c'),
      hcrc: true,
    });
    for (const piece of [1, 2, 3, 7, 13, 4096]) {
      const { out, damage } = await unpack(bytes, piece);
      expect(damage, `piece ${piece}`).toBeUndefined();
      expect(out.equals(DATA), `piece ${piece}`).toBe(true);
    }
  });

  it('a cut short stream after a long header names the byte of the compressed file', async () => {
    let x = 2463534242;
    const noisy = Buffer.from(
      Array.from({ length: 20_000 }, () => {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return x & 0xff;
      }),
    );
    const bytes = member(noisy, { name: Buffer.alloc(1000, 0x61) });
    const { damage } = await unpack(bytes.subarray(0, 5000));
    expect(damage?.warning).toBe('gzip-cut-short');
    expect(damage?.message).toContain('byte 5,000');
  });

  it("a later member's 2 MiB header is refused with its byte, the members before it kept", async () => {
    const first = member(DATA);
    const bytes = Buffer.concat([first, member(DATA, { comment: Buffer.alloc(2 * 1024 * 1024, 0x62) })]);
    const started = performance.now();
    const { out, damage } = await unpack(bytes, 4096);
    expect(out.subarray(0, DATA.length).equals(DATA)).toBe(true);
    expect(damage?.warning).toBe('gzip-cut-short');
    expect(damage?.message).toMatch(/header longer than 64 KiB/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
