import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readEvtx } from '../../../src/platform/node/files.js';
import type { InputWarning, NormalizedEvent } from '../../../src/model/event.js';

import { CORPUS as corpusDir } from '../../helpers/corpus.js';
import { dumpShape } from '../../helpers/evtx-dump-shape.mjs';

export {
  HAVE_CORPUS as hasCorpus,
  NO_CORPUS_REASON as noCorpusReason,
} from '../../helpers/corpus.js';

export function corpusFile(rel: string): string {
  return path.join(corpusDir, rel);
}

/** Every .evtx of the corpus, relative to it with `/` on every platform (the names tests key on), sorted. */
export function corpusEvtxFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (p !== path.join(corpusDir, 'reference')) walk(p);
      } else if (e.name.endsWith('.evtx')) out.push(path.relative(corpusDir, p).split(path.sep).join('/'));
    }
  };
  walk(corpusDir);
  return out.sort();
}

export interface RefRecord {
  recordId?: number;
  eventId?: number;
  provider?: string;
  channel?: string;
  computer?: string;
  level?: number;
  timestamp?: string;
  data?: Record<string, unknown>;
  error?: string;
}

/** One reference dump (`libevtx` or `pyevtx`) of a corpus file, by record id; undefined when absent. */
export function loadReference(rel: string, which: 'libevtx' | 'pyevtx'): Map<number, RefRecord> | undefined {
  const p = path.join(corpusDir, 'reference', `${rel}.${which}.jsonl.gz`);
  if (!existsSync(p)) return undefined;
  const out = new Map<number, RefRecord>();
  for (const line of gunzipSync(readFileSync(p)).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    let r: RefRecord;
    try {
      r = JSON.parse(line) as RefRecord;
    } catch {
      continue;
    }
    if (r.recordId !== undefined && r.recordId !== null && r.error === undefined) out.set(r.recordId, r);
  }
  return out;
}

export interface ReadResult {
  events: NormalizedEvent[];
  warnings: InputWarning[];
  batches: number;
}

export async function readAll(file: string, signal?: AbortSignal): Promise<ReadResult> {
  const events: NormalizedEvent[] = [];
  const warnings: InputWarning[] = [];
  let batches = 0;
  for await (const batch of readEvtx(file, { warn: (w) => warnings.push(w), signal })) {
    batches++;
    for (const e of batch) events.push(e);
  }
  return { events, warnings, batches };
}

export function countKinds(warnings: InputWarning[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const w of warnings) out[w.kind] = (out[w.kind] ?? 0) + 1;
  return out;
}

// ---- The comparison of shared/tools/compare-dump.py, in TypeScript ----

const HEX = /^0x[0-9a-fA-F]+$/;
const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;
const TIME = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)(?:\.(\d+))?Z?$/;

type Norm = string | number | [number, number] | undefined | null | Norm[];

function normTime(t: string): [number, number] | string {
  const m = TIME.exec(t.trim());
  if (!m) return t.trim();
  const whole = Date.parse(`${m[1]}T${m[2]}Z`) / 1000;
  const ticks = Number((m[3] ?? '0').padEnd(7, '0').slice(0, 7));
  return [whole, ticks];
}

function normValue(v: unknown): Norm {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(normValue);
  const s = String(v).trim();
  if (TIME.test(s)) return normTime(s);
  if (HEX.test(s)) return '0x' + BigInt(s).toString(16);
  if (GUID.test(s)) return '{' + s.replace(/^\{|\}$/g, '').toUpperCase() + '}';
  if (s.toLowerCase() === 'true' || s.toLowerCase() === 'false') return s.toLowerCase();
  return s;
}

function same(a: Norm, b: Norm): boolean {
  if (Array.isArray(a) && Array.isArray(b) && a.length === 2 && typeof a[0] === 'number' && typeof b[0] === 'number') {
    return a[0] === b[0] && Math.abs((a[1] as number) - (b[1] as number)) <= 30;
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

interface Keyed {
  eventId: unknown;
  provider: unknown;
  channel: unknown;
  computer: unknown;
  level: unknown;
  timestamp: Norm;
  data: Map<string, Norm>;
}

function keyFields(r: RefRecord): Keyed {
  const data = new Map<string, Norm>();
  for (const [k, v] of Object.entries(r.data ?? {})) {
    const name = k.slice(k.lastIndexOf('/') + 1);
    data.set(name, normValue(v)); // as the Python dict comprehension: the last key with that name wins
  }
  return {
    eventId: r.eventId,
    provider: r.provider,
    channel: r.channel,
    computer: r.computer,
    level: r.level ?? null,
    timestamp: r.timestamp === undefined ? null : normTime(r.timestamp),
    data,
  };
}

/** Fields that differ (empty when the record agrees), as compare-dump.py decides. */
export function diffRecord(ours: RefRecord, ref: RefRecord): string[] {
  const a = keyFields(ours);
  const b = keyFields(ref);
  const bad: string[] = [];
  for (const k of ['eventId', 'provider', 'channel', 'computer', 'level'] as const) {
    if ((a[k] ?? null) !== (b[k] ?? null)) bad.push(k);
  }
  if (!same(a.timestamp, b.timestamp)) bad.push('timestamp');
  for (const k of new Set([...a.data.keys(), ...b.data.keys()])) {
    const x = a.data.get(k);
    const y = b.data.get(k);
    if (x === undefined || y === undefined || !same(x, y)) bad.push('data.' + k);
  }
  return bad;
}

export interface Agreement {
  reference: number;
  agree: number;
  missing: number;
  extra: number;
  disagreements: { recordId: number; fields: string[] }[];
}

/** Agreement of our events with the reference dumps: a record agrees when it matches either one. */
export function agreement(events: NormalizedEvent[], refs: Map<number, RefRecord>[]): Agreement {
  const ours = new Map<number, RefRecord>();
  for (const e of events) if (e.recordId !== undefined) ours.set(Number(e.recordId), dumpShape(e));
  const ids = new Set<number>();
  for (const r of refs) for (const id of r.keys()) ids.add(id);
  let agree = 0;
  let missing = 0;
  const disagreements: Agreement['disagreements'] = [];
  for (const id of ids) {
    const o = ours.get(id);
    if (!o) {
      missing++;
      continue;
    }
    let best: string[] | undefined;
    for (const r of refs) {
      const ref = r.get(id);
      if (!ref) continue;
      const d = diffRecord(o, ref);
      if (!best || d.length < best.length) best = d;
    }
    if (best && best.length === 0) agree++;
    else disagreements.push({ recordId: id, fields: best ?? [] });
  }
  let extra = 0;
  for (const id of ours.keys()) if (!ids.has(id)) extra++;
  return { reference: ids.size, agree, missing, extra, disagreements };
}
