/**
 * Handcrafted hostile .evtx content for the budget and worst-case tests: a record whose embedded BinXML
 * references itself twice per level (2^depth expansions in a few hundred bytes), and chunks of record
 * magics every 8 bytes.
 */
import { BinXml, type RecordSpec, standardTemplate, systemValues, T } from './builder.js';

/** Template U: `<X>%0</X><Y>%0</Y>`: its one (embedded BinXML) value is expanded twice. */
function twiceBody(b: BinXml): void {
  b.fragmentHeader();
  b.open('X').closeStart().subst(0, T.BINXML).end();
  b.open('Y').closeStart().subst(0, T.BINXML).end();
  b.eof();
}

/**
 * An embedded BinXML value starting at chunk offset `base`: an instance of U whose value is the next
 * level, `depth` levels down to a string. The outermost level defines U inline, the others refer to it.
 */
function nested(base: number, depth: number, uOffset?: number): Buffer {
  const b = new BinXml(base);
  b.fragmentHeader();
  b.u8(0x0c).u8(0x01).u32(0x1234);
  const defOffset = uOffset ?? b.pos + 4;
  b.u32(defOffset);
  if (uOffset === undefined) {
    b.u32(0).bytes(Buffer.alloc(16, 0xcd));
    const body = new BinXml(b.pos + 4);
    twiceBody(body);
    const bytes = body.toBuffer();
    b.u32(bytes.length).bytes(bytes);
  }
  b.u32(1);
  if (depth === 0) {
    const leaf = new BinXml(b.pos + 4).fragmentHeader().open('Z', { dep: null }).closeStart().text('leaf').end().eof();
    const bytes = leaf.toBuffer();
    b.u16(bytes.length).u8(T.BINXML).u8(0).bytes(bytes);
  } else {
    const inner = nested(b.pos + 4, depth - 1, defOffset);
    b.u16(inner.length).u8(T.BINXML).u8(0).bytes(inner);
  }
  b.eof();
  return b.toBuffer();
}

/** A record whose EventData holds `<Data Name="a">%7</Data>` twice, %7 being `nested(depth)`. */
export function bombRecord(id: number, depth: number): RecordSpec {
  return {
    id,
    body: (b) => {
      const values = systemValues(id);
      b.fragmentHeader();
      b.u8(0x0c).u8(0x01).u32(0x1234);
      const defOffset = b.pos + 4;
      b.u32(defOffset);
      b.u32(0).bytes(Buffer.alloc(16, 0xab));
      const body = new BinXml(b.pos + 4);
      standardTemplate(body, (e) => {
        for (const name of ['a', 'b']) {
          e.open('Data', { attrs: true }).attr('Name').text(name).closeStart().subst(7, T.BINXML).end();
        }
      });
      const bodyBytes = body.toBuffer();
      b.u32(bodyBytes.length).bytes(bodyBytes);
      b.u32(values.length + 1);
      for (const val of values) b.u16(val.bytes.length).u8(val.type).u8(0);
      const descriptorAt = b.pos;
      b.u32(0); // patched below: the embedded value's size
      let valueAt = b.pos;
      for (const val of values) valueAt += val.bytes.length;
      const bomb = nested(valueAt, depth);
      const desc = Buffer.alloc(4);
      desc.writeUInt16LE(bomb.length, 0);
      desc[2] = T.BINXML;
      for (const val of values) b.bytes(val.bytes);
      b.bytes(bomb);
      b.eof();
      b.patch(descriptorAt, desc);
    },
  };
}

/** A chunk whose every 8 bytes after the header are a record magic with an impossible size. */
export function magicsChunk(): Buffer {
  const chunk = Buffer.alloc(0x10000);
  chunk.write('ElfChnk\0', 0, 'latin1');
  chunk.writeUInt32LE(0x10000, 48);
  for (let p = 512; p + 8 <= chunk.length; p += 8) {
    chunk.writeUInt32LE(0x00002a2a, p);
    chunk.writeUInt32LE(0xffffffff, p + 4);
  }
  return chunk;
}
