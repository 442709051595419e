/**
 * The event table (src/model/events.ts) is where everything rdpdiag knows of one event lives. The contract: every
 * event a rule reads has its row, with the field names every reader needs. PowerShell's `Get-WinEvent` exports
 * carry values without names (`Properties`), so a field read must be among the row's `fields`; Splunk's classic
 * WinEventLog and NXLog keep the fields of Security, LSM and RCM events only in the English message, so a field
 * read of those must be among the labels the row and its log give (`messageFieldNames`).
 *
 * What is read comes from the code, two ways: the rules' matchers (patterns, findings, path hops, attack findings:
 * their events and the fields they test), here; and a run of the whole analysis (correlator, engine, security
 * findings, attack paths, sentences) over every sample with each event's fields watched, in the slow tier
 * (event-fields-read.test.ts: every sample's analysis, and the list of names owed checked whole, both ways).
 */
import { describe, expect, it } from 'vitest';
import { fieldNames } from '../../parsers/powershell/field-names.js';
import { RDP_EVENTS } from '../../src/explain/tables/index.js';
import { CHANNELS, findChannel } from '../../src/model/channels.js';
import { CONNECTION_MARKERS, channelOfRow, EVENTS, eventRow, machinesOf } from '../../src/model/events.js';
import { OWED, ruleGaps } from '../helpers/event-rows.js';

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
  it("the rules' matchers: each event id they name, and each field they test, but for names owed", () => {
    const { missing, checked } = ruleGaps();
    expect(checked).toBeGreaterThan(100);
    expect(
      [...new Set(missing)].filter((g) => !OWED.includes(g)).sort(),
      'new gaps: name these fields in their rows',
    ).toEqual([]);
  });
});
