/**
 * A tiny writer of .evtx files for unit tests: one file header, chunks with records whose BinXML is a
 * template instance with an inline template definition (or raw, hand-made BinXML), valid checksums.
 */
import { crc32 } from 'node:zlib';

export const T = {
  NULL: 0x00,
  STRING: 0x01,
  ANSI: 0x02,
  INT8: 0x03,
  UINT8: 0x04,
  INT16: 0x05,
  UINT16: 0x06,
  INT32: 0x07,
  UINT32: 0x08,
  INT64: 0x09,
  UINT64: 0x0a,
  FLOAT: 0x0b,
  DOUBLE: 0x0c,
  BOOL: 0x0d,
  BINARY: 0x0e,
  GUID: 0x0f,
  SIZET: 0x10,
  FILETIME: 0x11,
  SYSTEMTIME: 0x12,
  SID: 0x13,
  HEX32: 0x14,
  HEX64: 0x15,
  BINXML: 0x21,
  ARRAY: 0x80,
} as const;

/** Appends BinXML tokens; positions are chunk-relative (`base` = where the first byte will land). */
export class BinXml {
  private parts: number[] = [];
  constructor(private readonly base: number) {}

  get pos(): number {
    return this.base + this.parts.length;
  }
  bytes(b: ArrayLike<number>): this {
    for (let i = 0; i < b.length; i++) this.parts.push(b[i] & 0xff);
    return this;
  }
  u8(v: number): this {
    return this.bytes([v]);
  }
  u16(v: number): this {
    return this.bytes([v, v >> 8]);
  }
  u32(v: number): this {
    return this.bytes([v, v >>> 8, v >>> 16, v >>> 24]);
  }
  utf16(s: string): this {
    return this.bytes(Buffer.from(s, 'utf16le'));
  }
  fragmentHeader(): this {
    return this.bytes([0x0f, 0x01, 0x01, 0x00]);
  }
  /** A name reference: inline definition at the current position, or `ref` (an earlier name's offset). */
  name(name: string, ref?: number): this {
    if (ref !== undefined) return this.u32(ref);
    this.u32(this.pos + 4);
    return this.u32(0).u16(0).u16(name.length).utf16(name).u16(0);
  }
  /** Open start element. `dep` undefined → flat (WEF) layout without the dependency id. */
  open(name: string, opts: { attrs?: boolean; dep?: number | null; nameRef?: number } = {}): this {
    this.u8(opts.attrs ? 0x41 : 0x01);
    if (opts.dep !== null) this.u16(opts.dep ?? 0xffff);
    this.u32(0); // data size (not used by readers)
    this.name(name, opts.nameRef);
    if (opts.attrs) this.u32(0); // attribute list size
    return this;
  }
  attr(name: string): this {
    return this.u8(0x06).name(name);
  }
  closeStart(): this {
    return this.u8(0x02);
  }
  closeEmpty(): this {
    return this.u8(0x03);
  }
  end(): this {
    return this.u8(0x04);
  }
  eof(): this {
    return this.u8(0x00);
  }
  text(s: string): this {
    return this.u8(0x05).u8(0x01).u16(s.length).utf16(s);
  }
  subst(index: number, type: number, optional = false): this {
    return this.u8(optional ? 0x0e : 0x0d)
      .u16(index)
      .u8(type);
  }
  /** `<name>%index</name>` */
  leaf(name: string, index: number, type: number, optional = false): this {
    return this.open(name).closeStart().subst(index, type, optional).end();
  }
  /** Overwrites bytes already written at chunk offset `at` (for sizes known only later). */
  patch(at: number, b: ArrayLike<number>): this {
    for (let i = 0; i < b.length; i++) this.parts[at - this.base + i] = b[i] & 0xff;
    return this;
  }
  toBuffer(): Buffer {
    return Buffer.from(this.parts);
  }
}

export interface Value {
  type: number;
  bytes: Buffer;
}

export const v = {
  str: (s: string): Value => ({ type: T.STRING, bytes: Buffer.from(s, 'utf16le') }),
  u8: (n: number): Value => ({ type: T.UINT8, bytes: Buffer.from([n]) }),
  u16: (n: number): Value => ({ type: T.UINT16, bytes: le(n, 2) }),
  u32: (n: number): Value => ({ type: T.UINT32, bytes: le(n, 4) }),
  u64: (n: bigint): Value => ({ type: T.UINT64, bytes: le64(n) }),
  hex64: (n: bigint): Value => ({ type: T.HEX64, bytes: le64(n) }),
  filetime: (n: bigint): Value => ({ type: T.FILETIME, bytes: le64(n) }),
  raw: (type: number, bytes: ArrayLike<number>): Value => ({ type, bytes: Buffer.from(bytes as number[]) }),
  nul: (): Value => ({ type: T.NULL, bytes: Buffer.alloc(0) }),
};

function le(n: number, size: number): Buffer {
  const b = Buffer.alloc(size);
  b.writeUIntLE(n, 0, size);
  return b;
}
function le64(n: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(n);
  return b;
}

/** 2024-05-02T09:14:07.5310000Z as FILETIME. */
export const FT_2024 = 133591148475310000n;

/**
 * The template body used by most tests: System with Provider/EventID/Level/TimeCreated/EventRecordID/
 * Channel/Computer from substitutions 0..6, then EventData with the Data elements `eventData` writes (from
 * substitution 7; no EventData element without it). `names` replaces the Event and System element names
 * (to damage them).
 */
export function standardTemplate(
  b: BinXml,
  eventData?: (b: BinXml) => void,
  names: { event?: string; system?: string } = {},
): void {
  b.fragmentHeader();
  b.open(names.event ?? 'Event').closeStart();
  b.open(names.system ?? 'System').closeStart();
  b.open('Provider', { attrs: true }).attr('Name').subst(0, T.STRING).closeEmpty();
  b.leaf('EventID', 1, T.UINT16);
  b.leaf('Level', 2, T.UINT8);
  b.open('TimeCreated', { attrs: true }).attr('SystemTime').subst(3, T.FILETIME).closeEmpty();
  b.leaf('EventRecordID', 4, T.UINT64);
  b.leaf('Channel', 5, T.STRING);
  b.leaf('Computer', 6, T.STRING);
  b.end();
  if (eventData) {
    b.open('EventData').closeStart();
    eventData(b);
    b.end();
  }
  b.end();
  b.eof();
}

export function systemValues(recordId: number): Value[] {
  return [
    v.str('Test-Provider'),
    v.u16(4624),
    v.u8(4),
    v.filetime(FT_2024),
    v.u64(BigInt(recordId)),
    v.str('Security'),
    v.str('HOST'),
  ];
}

export interface RecordSpec {
  id: number;
  /** Writes the record's BinXML at `b` (positions chunk-relative). */
  body: (b: BinXml) => void;
  /** Override the record's size field. */
  size?: number;
}

/**
 * A template instance with an inline definition (or, with `defOffset`, a reference to an earlier one),
 * then the substitution values. Returns the definition's chunk offset.
 */
export function templateInstance(
  b: BinXml,
  template: ((b: BinXml) => void) | number,
  values: Value[],
  fragmentHeader = true,
): number {
  const defOffset = templateHead(b, template, fragmentHeader);
  b.u32(values.length);
  for (const val of values) b.u16(val.bytes.length).u8(val.type).u8(0);
  for (const val of values) b.bytes(val.bytes);
  b.eof();
  return defOffset;
}

/**
 * A template instance up to its values: the token, then the definition written inline by `template` (or a
 * reference to the one at offset `template`); the definition's offset. A test writing damaged values goes on from here.
 */
export function templateHead(b: BinXml, template: ((b: BinXml) => void) | number, fragmentHeader = true): number {
  if (fragmentHeader) b.fragmentHeader();
  b.u8(0x0c).u8(0x01).u32(0x1234);
  if (typeof template === 'number') {
    b.u32(template);
    return template;
  }
  const defOffset = b.pos + 4;
  b.u32(defOffset);
  // definition: next offset, GUID, data size, body
  b.u32(0).bytes(Buffer.alloc(16, 0xab));
  const body = new BinXml(b.pos + 4);
  template(body);
  const bodyBytes = body.toBuffer();
  b.u32(bodyBytes.length).bytes(bodyBytes);
  return defOffset;
}

/** Record `id`: the standard template with its System values only (an ordinary record to put around a damaged one). */
export function plainRecord(id: number): RecordSpec {
  return { id, body: (b) => templateInstance(b, (t) => standardTemplate(t, () => {}), systemValues(id)) };
}

export function buildChunk(records: RecordSpec[], firstId = 1): Buffer {
  const chunk = Buffer.alloc(0x10000);
  chunk.write('ElfChnk\0', 0, 'latin1');
  let pos = 512;
  for (const r of records) {
    const b = new BinXml(pos + 24);
    r.body(b);
    const binxml = b.toBuffer();
    const size = 24 + binxml.length + 4;
    const padded = (size + 7) & ~7;
    chunk.writeUInt32LE(0x00002a2a, pos);
    chunk.writeUInt32LE(r.size ?? padded, pos + 4);
    chunk.writeBigUInt64LE(BigInt(r.id), pos + 8);
    chunk.writeBigUInt64LE(FT_2024, pos + 16);
    binxml.copy(chunk, pos + 24);
    chunk.writeUInt32LE(padded, pos + padded - 4);
    pos += padded;
  }
  chunk.writeBigUInt64LE(BigInt(firstId), 8);
  chunk.writeBigUInt64LE(BigInt(firstId + records.length - 1), 16);
  chunk.writeBigUInt64LE(BigInt(firstId), 24);
  chunk.writeBigUInt64LE(BigInt(firstId + records.length - 1), 32);
  chunk.writeUInt32LE(128, 40);
  chunk.writeUInt32LE(512, 44);
  chunk.writeUInt32LE(pos, 48);
  writeChunkDataCrc(chunk);
  writeChunkHeaderCrc(chunk);
  return chunk;
}

/** Rewrites a file header's checksum (its first 120 bytes) after a field changed. */
export function writeFileHeaderCrc(header: Buffer): void {
  header.writeUInt32LE(crc32(header.subarray(0, 120)), 124);
}

/** Rewrites a chunk's records checksum (records from 512 to the free-space offset) after a record changed. */
export function writeChunkDataCrc(chunk: Buffer): void {
  chunk.writeUInt32LE(crc32(chunk.subarray(512, chunk.readUInt32LE(48))), 52);
}

/** Rewrites a chunk's header checksum after a header field (or the records checksum) changed. */
export function writeChunkHeaderCrc(chunk: Buffer): void {
  chunk.writeUInt32LE(crc32(chunk.subarray(128, 512), crc32(chunk.subarray(0, 120))), 124);
}

export function buildFile(chunks: Buffer[]): Buffer {
  const header = Buffer.alloc(4096);
  header.write('ElfFile\0', 0, 'latin1');
  header.writeBigUInt64LE(0n, 8);
  header.writeBigUInt64LE(BigInt(Math.max(chunks.length - 1, 0)), 16);
  header.writeBigUInt64LE(1n, 24);
  header.writeUInt32LE(128, 32);
  header.writeUInt16LE(1, 36);
  header.writeUInt16LE(3, 38);
  header.writeUInt16LE(4096, 40);
  header.writeUInt16LE(chunks.length, 42);
  writeFileHeaderCrc(header);
  return Buffer.concat([header, ...chunks]);
}
