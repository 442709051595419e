/**
 * Small .evtx files of chosen events (channel, id, time as a raw FILETIME, record id as a raw 64-bit
 * number, named string fields), for tests that need values only the binary format can carry: times past
 * year 9999, record ids above 2^53.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BinXml,
  buildChunk,
  buildFile,
  FT_2024,
  type RecordSpec,
  standardTemplate,
  systemValues,
  T,
  templateInstance,
  v,
  writeChunkDataCrc,
  writeChunkHeaderCrc,
} from '../parsers/evtx/builder.js';

export interface EvtxEvent {
  eventId: number;
  channel: string;
  provider: string;
  computer: string;
  /** FILETIME (100 ns ticks since 1601); 2024-05-02T09:14:07.531Z when absent. */
  filetime?: bigint;
  recordId: bigint;
  data: Record<string, string>;
}

/** FILETIME of an ISO time (to the millisecond). */
export const filetimeOf = (iso: string): bigint => (BigInt(Date.parse(iso)) + 11644473600000n) * 10000n;

function record(e: EvtxEvent, seq: number): RecordSpec {
  const names = Object.keys(e.data);
  const template = (b: BinXml) =>
    standardTemplate(b, (b) => {
      names.forEach((name, i) => {
        b.open('Data', { attrs: true })
          .attr('Name')
          .text(name)
          .closeStart()
          .subst(7 + i, T.STRING)
          .end();
      });
    });
  const values = [
    v.str(e.provider),
    v.u16(e.eventId),
    v.u8(4),
    v.filetime(e.filetime ?? FT_2024),
    v.u64(e.recordId),
    v.str(e.channel),
    v.str(e.computer),
    ...names.map((n) => v.str(e.data[n])),
  ];
  return { id: seq, body: (b) => templateInstance(b, template, values) };
}

/** A Security 4625 (alice from 192.0.2.10, logon type 10, wrong password) with the given record id and time. */
export const failedLogon = (recordId: bigint, filetime: bigint): EvtxEvent => ({
  eventId: 4625,
  channel: 'Security',
  provider: 'Microsoft-Windows-Security-Auditing',
  computer: 'RDSH01.corp.example.test',
  filetime,
  recordId,
  data: {
    TargetUserName: 'alice',
    TargetDomainName: 'CORP',
    LogonType: '10',
    IpAddress: '192.0.2.10',
    IpPort: '50000',
    Status: '0xc000006d',
    SubStatus: '0xc000006a',
  },
});

/** One .evtx file holding the events, in one chunk (a few dozen small events fit). */
export function evtxOf(events: EvtxEvent[]): Buffer {
  const chunk = buildChunk(events.map((e, i) => record(e, i + 1)));
  // The record header carries the id too: make it the event's (readers may take either).
  let pos = 512;
  for (const e of events) {
    chunk.writeBigUInt64LE(e.recordId, pos + 8);
    if (e.filetime !== undefined) chunk.writeBigUInt64LE(e.filetime, pos + 16);
    pos += chunk.readUInt32LE(pos + 4);
  }
  return fixChunkChecksums(buildFile([chunk]));
}

/** The record data checksum changes with the ids written into the headers above. */
function fixChunkChecksums(file: Buffer): Buffer {
  // buildChunk computed the data CRC before the header ids were changed: recompute it.
  const chunk = file.subarray(4096, 4096 + 0x10000);
  writeChunkDataCrc(chunk);
  writeChunkHeaderCrc(chunk);
  return file;
}

/**
 * An .evtx of `chunks` chunks of 20 records each (System values only, record ids 1, 2, …), written as
 * `many-chunks.evtx` in `dir`; its path. 40 chunks make three ranges for `--threads` to hand to its workers.
 */
export function writeManyChunks(dir: string, chunks = 40): string {
  const built = Array.from({ length: chunks }, (_, c) =>
    buildChunk(
      Array.from({ length: 20 }, (_, i) => {
        const id = c * 20 + i + 1;
        return { id, body: (b) => void templateInstance(b, (t) => standardTemplate(t), systemValues(id)) };
      }),
      c * 20 + 1,
    ),
  );
  const log = join(dir, 'many-chunks.evtx');
  writeFileSync(log, buildFile(built));
  return log;
}
