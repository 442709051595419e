/**
 * The one registry of the formats rdpdiag reads, as `src/report/formats.ts` is of those it writes (Chainsaw's
 * `Kind`, music-metadata's loaders): each kind tells its inputs from their first bytes (`detect`, tried in this
 * order) and, unless it is a container (an archive, gzip: `readInputs` unpacks it), reads them (`read`). A new
 * input format is one entry here and its reader in `parsers/`.
 */
import { isEvtxHeader, readEvtx } from '../../parsers/evtx/index.js';
import { detectPowerShell, type PowerShellFormat, readPowerShell } from '../../parsers/powershell/index.js';
import { detectSiem, readSiem, type SiemLayout } from '../../parsers/siem/index.js';
import { detectState, readState } from '../../parsers/state/index.js';
import { looksLikeXml, readXml } from '../../parsers/xml/index.js';
import type { InputFormat } from '../model/event.js';
import type { EventBatches, ReadOptions } from '../model/reader.js';
import type { InputSource } from '../model/source.js';
import type { StateFormat } from '../model/state.js';
import { isZipHeader } from './archive.js';
import { isSevenZipHeader } from './seven-zip.js';
import { isTarHeader } from './untar.js';

export type DetectedFormat =
  | 'evtx'
  | 'xml'
  | 'zip'
  | 'gzip'
  | 'tar'
  | '7z'
  | PowerShellFormat
  | SiemLayout
  | StateFormat
  | 'unknown';

/** How a kind's inputs are read. */
interface KindReader<F extends DetectedFormat> {
  /** The summary's format when the kind knows it before the first event (else its events' `source.format`). */
  format?: (detected: F) => InputFormat;
  events(source: InputSource, detected: F, opts: ReadOptions): EventBatches;
}

interface InputKind<F extends DetectedFormat = DetectedFormat> {
  /** The formats it detects. */
  formats: readonly F[];
  /** The format of an input whose head is `head`, when it is of this kind. */
  detect(head: Uint8Array): F | undefined;
  /** Its events; none for a container. */
  read?: KindReader<F>;
}

const kind = <F extends DetectedFormat>(k: InputKind<F>) => k as unknown as InputKind;
const byTest = <F extends DetectedFormat>(format: F, test: (head: Uint8Array) => boolean) => ({
  formats: [format] as const,
  detect: (head: Uint8Array) => (test(head) ? format : undefined),
});
const POWERSHELL: readonly PowerShellFormat[] = ['powershell-clixml', 'powershell-json'];
const SIEM: readonly SiemLayout[] = ['json', 'csv', 'splunk-classic'];
const STATE: readonly StateFormat[] = [
  'reg-export',
  'reg-query',
  'secedit-inf',
  'ps-certificates',
  'ps-ts-setting',
  'ps-services',
  'netsh-firewall',
  'netsh-profiles',
  'ps-connection-profile',
  'ps-license-keypacks',
  'netstat',
];

const INPUT_KINDS: readonly InputKind[] = [
  kind({
    ...byTest('evtx', isEvtxHeader),
    read: {
      format: () => 'evtx',
      events: (source, _f, o) => readEvtx(source, { warn: o.warn, signal: o.signal, select: o.select }),
    },
  }),
  kind(byTest('zip', isZipHeader)),
  kind(byTest('gzip', (head) => head[0] === 0x1f && head[1] === 0x8b)),
  kind(byTest('tar', isTarHeader)),
  // Recognised to be refused with how to extract it (src/ingest/seven-zip.ts).
  kind(byTest('7z', isSevenZipHeader)),
  // A machine's state (parsers/state): before the PowerShell and SIEM JSON (ConvertTo-Json of certificates, services).
  kind<StateFormat>({
    formats: STATE,
    detect: detectState,
    read: { format: (f) => f, events: (source, f, o) => readState(source, f, o) },
  }),
  // Before XML (Export-Clixml is XML) and the SIEM shapes (ConvertTo-Json is JSON).
  kind<PowerShellFormat>({
    formats: POWERSHELL,
    detect: detectPowerShell,
    read: { format: (f) => f, events: (source, f, o) => readPowerShell(source, f, { warn: o.warn, signal: o.signal }) },
  }),
  kind({
    ...byTest('xml', looksLikeXml),
    read: { events: (source, _f, o) => readXml(source, { warn: o.warn, signal: o.signal }) },
  }),
  kind<SiemLayout>({ formats: SIEM, detect: detectSiem, read: { events: readSiem } }),
];

/**
 * Every format the registry detects, in detection order: what a test that must cover each input format takes
 * (a container's have no `readerOf`).
 */
export const INPUT_FORMATS: readonly DetectedFormat[] = INPUT_KINDS.flatMap((k) => k.formats);

/** Detects an input's format from its first bytes, never its name. */
export function detectFormat(head: Uint8Array): DetectedFormat {
  for (const k of INPUT_KINDS) {
    const format = k.detect(head);
    if (format) return format;
  }
  return 'unknown';
}

/** How inputs of `format` are read; undefined for a container or an unknown format. */
export function readerOf(format: DetectedFormat): KindReader<DetectedFormat> | undefined {
  return INPUT_KINDS.find((k) => k.formats.includes(format))?.read;
}
