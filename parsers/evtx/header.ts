/** The .evtx file header (MS-EVEN6; libyal "Windows XML Event Log (EVTX) format") and a chunk header's size. */
import { u16, u32 } from './bytes.js';
import { crc32 } from './crc32.js';

export const FILE_HEADER_SIZE = 0x1000;
/** A chunk's header (its records and templates lie after it). */
export const CHUNK_HEADER_SIZE = 512;
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

export function parseFileHeader(b: Uint8Array): EvtxFileHeader {
  return {
    firstChunk: u32(b, 8) + u32(b, 12) * 4294967296,
    lastChunk: u32(b, 16) + u32(b, 20) * 4294967296,
    nextRecordId: u32(b, 24) + u32(b, 28) * 4294967296,
    headerSize: u32(b, 32),
    minorVersion: u16(b, 36),
    majorVersion: u16(b, 38),
    headerBlockSize: u16(b, 40),
    chunkCount: u16(b, 42),
    flags: u32(b, 120),
    checksumOk: crc32(b.subarray(0, 120)) === u32(b, 124),
  };
}
