/** The .evtx file header (MS-EVEN6; libyal "Windows XML Event Log (EVTX) format"). */
import { crc32 } from './crc32.js';

export const FILE_HEADER_SIZE = 0x1000;
const FILE_MAGIC = [0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0x00]; // "ElfFile\0"

/** Does the file start with the EVTX signature `ElfFile\0`? */
export function isEvtxHeader(firstBytes: Uint8Array): boolean {
  if (firstBytes.length < 8) return false;
  for (let i = 0; i < 8; i++) if (firstBytes[i] !== FILE_MAGIC[i]) return false;
  return true;
}

export interface EvtxFileHeader {
  firstChunk: number;
  lastChunk: number;
  nextRecordId: number;
  headerSize: number;
  minorVersion: number;
  majorVersion: number;
  headerBlockSize: number;
  chunkCount: number;
  flags: number;
  checksumOk: boolean;
}

export function parseFileHeader(b: Buffer): EvtxFileHeader {
  return {
    firstChunk: b.readUInt32LE(8) + b.readUInt32LE(12) * 4294967296,
    lastChunk: b.readUInt32LE(16) + b.readUInt32LE(20) * 4294967296,
    nextRecordId: b.readUInt32LE(24) + b.readUInt32LE(28) * 4294967296,
    headerSize: b.readUInt32LE(32),
    minorVersion: b.readUInt16LE(36),
    majorVersion: b.readUInt16LE(38),
    headerBlockSize: b.readUInt16LE(40),
    chunkCount: b.readUInt16LE(42),
    flags: b.readUInt32LE(120),
    checksumOk: crc32(b.subarray(0, 120)) === b.readUInt32LE(124),
  };
}
