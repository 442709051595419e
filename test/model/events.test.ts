/**
 * The event table (src/model/events.ts) is where everything rdpdiag knows of one event lives. The contract: every
 * event a rule reads has its row, with the field names every reader needs. PowerShell's `Get-WinEvent` exports
 * carry values without names (`Properties`), so a field read must be among the row's `fields`; Splunk's classic
 * WinEventLog and NXLog keep the fields of Security, LSM and RCM events only in the English message, so a field
 * read of those must be among the labels the row and its log give (`messageFieldNames`).
 *
 * What is read comes from the code, two ways: the rules' matchers (patterns, findings, path hops, attack findings:
 * their events and the fields they test), and a run of the whole analysis (correlator, engine, security findings,
 * attack paths, sentences) over every sample with each event's fields watched: every field it reads that the
 * sample's event carries.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XmlEventReader } from '../../parsers/xml/index.js';
import { fieldNames } from '../../parsers/powershell/field-names.js';
import { messageFieldNames, messageLogOf } from '../../parsers/siem/message.js';
import { listOf } from '../../patterns/evidence.js';
import { ATTACK_READS, FINDINGS, PATTERNS } from '../../patterns/index.js';
import { PATH_HOPS } from '../../patterns/paths.js';
import type { EventMatcher } from '../../patterns/types.js';
import { RDP_EVENTS } from '../../src/explain/tables/index.js';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { CHANNELS, findChannel } from '../../src/model/channels.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import {
  CONNECTION_MARKERS,
  channelOfRow,
  EVENTS,
  type EventRow,
  eventRow,
  machinesOf,
} from '../../src/model/events.js';
import { compareEvents } from '../../src/ingest/timeline.js';
import { ROOT } from '../helpers/cli.js';
import { rowsOf } from '../helpers/event-rows.js';

/**
 * Names owed when the table was made (src/model/events.ts, issue 40): fields rules read that an export which
 * loses names cannot give back yet. The list may only shrink: a new gap fails, and so does an entry no longer
 * missing (delete it). Rewrite it with `UPDATE_OWED=1` only to remove entries.
 */
const OWED_FILE = join(ROOT, 'test/model/event-fields-owed.json');
const OWED: readonly string[] = JSON.parse(readFileSync(OWED_FILE, 'utf8'));

/** A field name a reader can test without a row: how every reader names an unnamed value. */
const UNNAMED = /^(Data|Binary)\[\d+\]$/;

/** What the exports that lose field names need for a field of this event, or undefined when they keep it. */
function missingFor(r: EventRow, field: string): string[] {
  const out: string[] = [];
  if (!r.fields?.includes(field)) out.push('PowerShell');
  const log = messageLogOf(channelOfRow(r)?.name ?? '');
  if (log && !messageFieldNames(log, r.id).has(field)) out.push('Splunk classic / NXLog message');
  return out;
}

function matchers(): { where: string; m: EventMatcher }[] {
  return [
    ...PATTERNS.flatMap((p) => p.clauses.map((c) => ({ where: `pattern ${p.id}`, m: c.match }))),
    ...FINDINGS.flatMap((f) =>
      [f.match, f.clearedBy, f.followedBy]
        .filter((m): m is EventMatcher => !!m)
        .map((m) => ({ where: `finding ${f.id}`, m })),
    ),
    ...PATH_HOPS.map((h) => ({ where: 'path hop', m: h.match })),
    ...ATTACK_READS.map((m) => ({ where: 'attack finding', m })),
  ];
}

/** Fields a matcher tests (a `notIn` test passes when the field is absent, so it needs no name). */
function testedFields(m: EventMatcher): string[] {
  return Object.entries(m.fields ?? {})
    .filter(([name, test]) => !UNNAMED.test(name) && !(typeof test === 'object' && test && 'notIn' in test))
    .map(([name]) => name);
}

/** Code that shows whatever fields an event has (its one-line summary), not reading any one of them. */
const SHOWS_ANY_FIELD = /event-summary\.[jt]s/;

/** Every sample export (XML), grouped by the folder it is in (a scenario spans its files). */
function sampleFolders(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.xml')) out.set(dir, [...(out.get(dir) ?? []), path]);
    }
  };
  walk(join(ROOT, 'samples'));
  return out;
}

function readXml(file: string): NormalizedEvent[] {
  const reader = new XmlEventReader(file, { warn: () => {} });
  return [...reader.feed(readFileSync(file, 'utf8')), ...reader.end()];
}

/**
 * The fields the analysis reads of each event (provider, id) that the event carries, over every sample: each
 * event's `data` watched while the whole of `analyzeEvents` runs on its folder.
 */
function fieldsReadByAnalysis(): Map<string, { provider: string; id: number; channel: string; fields: Set<string> }> {
  const read = new Map<string, { provider: string; id: number; channel: string; fields: Set<string> }>();
  for (const files of sampleFolders().values()) {
    const events = files.flatMap(readXml).sort(compareEvents);
    for (const e of events) {
      const data = e.data;
      const k = `${e.provider.name.toLowerCase()}\u0000${e.eventId}`;
      e.data = new Proxy(data, {
        get(target, field, receiver) {
          if (
            typeof field === 'string' &&
            Object.hasOwn(target, field) &&
            !UNNAMED.test(field) &&
            !read.get(k)?.fields.has(field) &&
            !SHOWS_ANY_FIELD.test(new Error().stack ?? '')
          ) {
            let entry = read.get(k);
            if (!entry)
              read.set(
                k,
                (entry = { provider: e.provider.name, id: e.eventId, channel: e.channel, fields: new Set() }),
              );
            entry.fields.add(field);
          }
          return Reflect.get(target, field, receiver);
        },
      });
    }
    analyzeEvents(events);
  }
  return read;
}

describe('the event table', () => {
  it('has one row per provider and id, in a known channel, with its machines, meaning and consistent fields', () => {
    const seen = new Set<string>();
    for (const r of EVENTS) {
      const k = `${r.provider.toLowerCase()} ${r.id}`;
      expect(seen.has(k), `${k} twice`).toBe(false);
      seen.add(k);
      expect(r.meaning.length, k).toBeGreaterThan(5);
      expect(machinesOf(r).length, k).toBeGreaterThan(0);
      for (const c of r.alsoIn ?? []) expect(findChannel(c), `${k} alsoIn ${c}`).toBeDefined();
      // A channel outside CHANNELS is a full name (Sysmon's), never a typo of a row's.
      if (!channelOfRow(r)) expect(r.channel, k).toMatch(/^Microsoft-Windows-[\w-]+\/\w+$/);
      // 32-bit hex fields are the event's own; `hex64` may list the logon ids several events share.
      for (const f of r.hex ?? []) expect(r.fields ?? [], `${k} hex ${f}`).toContain(f);
      if (r.userData || r.labels) expect(r.fields, `${k}: labels or UserData without fields`).toBeDefined();
      // A message template's `%N` is the Nth field: every one it names is among them.
      for (const [, n] of r.message?.matchAll(/%(\d+)/g) ?? [])
        expect(Number(n), `${k} message %${n}`).toBeLessThanOrEqual(r.fields?.length ?? 0);
    }
  });

  it('gives PowerShell its field names from the rows', () => {
    const r = eventRow('Microsoft-Windows-Security-Auditing', 4625)!;
    expect(fieldNames('microsoft-windows-security-auditing', 4625)?.names).toBe(r.fields);
    expect(fieldNames('Microsoft-Windows-TerminalServices-LocalSessionManager', 21)?.userData).toBe('EventXML');
    expect(fieldNames('Microsoft-Windows-TerminalServices-LocalSessionManager', 16)).toBeUndefined();
  });

  it('marks the events that each stand for one connection, in known logs', () => {
    const marked = EVENTS.filter((r) => r.marker).map((r) => [r.marker!.kind, channelOfRow(r)?.short, r.id]);
    expect(marked.map(([kind]) => kind).sort()).toEqual([...CONNECTION_MARKERS].sort());
    expect(marked).toContainEqual(['listener', 'RCM', 261]);
    expect(EVENTS.filter((r) => r.authenticates).map((r) => `${channelOfRow(r)?.short} ${r.id}`)).toEqual(['RCM 1149']);
  });

  it('holds the meaning of every event explain-code knows (the code table keeps only its sources)', () => {
    for (const e of RDP_EVENTS) {
      const row = EVENTS.find((r) => r.id === e.code && e.name.endsWith(` ${r.id}`) && r.meaning === e.meaning);
      expect(row, e.name).toBeDefined();
    }
  });

  it('logs the license server events on the license server, and client events on the client', () => {
    expect(machinesOf(eventRow('TermServLicensing', 18)!)).toEqual(['license-server']);
    expect(machinesOf(eventRow('Microsoft-Windows-TerminalServices-ClientActiveXCore', 1026)!)).toEqual(['client']);
    // Explicit credentials are logged where they were given: the computer a connection was made from.
    expect(machinesOf(eventRow('Microsoft-Windows-Security-Auditing', 4648)!)).toEqual(['client']);
    // NTLM validation of a domain account is logged where the account lives: the domain controller first.
    expect(machinesOf(eventRow('Microsoft-Windows-Security-Auditing', 4776)!)[0]).toBe('domain-controller');
    for (const c of CHANNELS)
      for (const r of EVENTS.filter((x) => channelOfRow(x) === c && !x.machines))
        expect(machinesOf(r)).toBe(c.machines);
  });
});

describe('every event a rule reads has its row, with the field names every reader needs', () => {
  const gaps: string[] = [];

  it("the rules' matchers: each event id they name, and each field they test", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const { where, m } of matchers())
      for (const id of listOf(m.eventId)) {
        const rows = rowsOf(m, id);
        checked++;
        if (rows.length === 0) {
          missing.push(
            `${where}: no row for event ${id} (${listOf(m.provider).join('|') || 'any provider'} in ${listOf(m.channel).join('|') || 'any channel'})`,
          );
          continue;
        }
        for (const r of rows)
          for (const f of testedFields(m))
            for (const reader of missingFor(r, f))
              missing.push(`${where}: ${r.provider} ${r.id} ${f}: not named for ${reader}`);
      }
    expect(checked).toBeGreaterThan(100);
    gaps.push(...missing);
  });

  it('the analysis (correlator, engine, security findings): each field it reads of a sample event', () => {
    const read = fieldsReadByAnalysis();
    expect(read.size).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const { provider, id, channel, fields } of read.values()) {
      const r = eventRow(provider, id);
      if (!r) {
        missing.push(`${provider} ${id} (${channel}): no row; read ${[...fields].sort().join(', ')}`);
        continue;
      }
      for (const f of [...fields].sort())
        for (const reader of missingFor(r, f)) missing.push(`${provider} ${id} ${f}: not named for ${reader}`);
    }
    gaps.push(...missing);
  });

  it('owes no names beyond those owed when the table was made, and the list of those only shrinks', () => {
    const found = [...new Set(gaps)].sort();
    if (process.env.UPDATE_OWED)
      writeFileSync(
        OWED_FILE,
        `${JSON.stringify(
          found.filter((g) => OWED.includes(g) || !OWED.length),
          null,
          2,
        )}\n`,
      );
    expect(
      found.filter((g) => !OWED.includes(g)),
      'new gaps: name these fields in their rows',
    ).toEqual([]);
    expect(
      OWED.filter((g) => !found.includes(g)),
      'named now: delete these from event-fields-owed.json',
    ).toEqual([]);
  });
});
