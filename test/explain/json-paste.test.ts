/**
 * A SIEM record pasted as JSON (Wazuh's `win.system` / `win.eventdata`, Elastic's ECS `event.code` /
 * `winlog.event_data`): its fields read as labels, its rendered message as a paragraph, never its bookkeeping
 * numbers as codes. Fictional names, documentation addresses.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { readPaste } from '../../src/explain/paste-reader.js';

const WAZUH_4625 = JSON.stringify({
  win: {
    system: {
      providerName: 'Microsoft-Windows-Security-Auditing',
      eventID: '4625',
      eventRecordID: '884211',
      processID: '780',
      channel: 'Security',
      message:
        '"An account failed to log on.\r\n\r\nLogon Type:\t\t\t10\r\n\r\nFailure Information:\r\n\tFailure Reason:\t\tUnknown user name or bad password.\r\n\tStatus:\t\t\t0xC000006D\r\n\tSub Status:\t\t0xC000006A"',
    },
    eventdata: { targetUserName: 'carol', status: '0xc000006d', subStatus: '0xc000006a', logonType: '10' },
  },
});

const ECS_4771 = JSON.stringify({
  '@timestamp': '2024-05-03T09:14:22Z',
  event: { code: '4771', provider: 'Microsoft-Windows-Security-Auditing' },
  winlog: { event_data: { Status: '0x18', PreAuthType: '2', IpAddress: '::ffff:192.0.2.15', IpPort: '50312' } },
});

describe('a SIEM record pasted as JSON', () => {
  it("reads Wazuh's fields as labels: the event, Status and Sub Status, no record id or logon type as a code", () => {
    const r = readPaste(WAZUH_4625);
    expect(r.eventId).toBe(4625);
    expect(r.source).toBe('Microsoft-Windows-Security-Auditing');
    expect(r.codes.map((c) => [c.role, c.value])).toEqual([
      ['status', 0xc000006d],
      ['subStatus', 0xc000006a],
    ]);
    const e = explainCode(WAZUH_4625);
    expect((e.primary ?? e.extended ?? e.other)?.name).toBe('STATUS_WRONG_PASSWORD');
  });

  it("reads ECS's event.code as the event id, so a 4771 Status is a Kerberos code", () => {
    const r = readPaste(ECS_4771);
    expect(r.eventId).toBe(4771);
    expect(r.codes.map((c) => [c.role, c.value])).toEqual([['status', 0x18]]);
    const e = explainCode(ECS_4771);
    expect(e.primary ?? e.extended ?? e.other).toMatchObject({ table: 'kerberos', name: 'KDC_ERR_PREAUTH_FAILED' });
  });

  it("reads a record cut short after its alert's header lines: the message's escapes undone, its labels read", () => {
    // The same record as an OSSEC/Wazuh alert prints it: header lines, then the JSON, cut inside the message.
    const cut = `** Alert 1700000000.123: - windows,authentication_failed,\nRule: 60122 (level 5) -> 'Logon failure'\n${WAZUH_4625.slice(0, WAZUH_4625.indexOf('"eventdata"'))}`;
    const r = readPaste(cut);
    expect(r.eventId).toBe(4625);
    expect(r.codes.map((c) => [c.role, c.value])).toEqual([
      ['status', 0xc000006d],
      ['subStatus', 0xc000006a],
    ]);
    // Near miss: a doubled backslash is a path's, never a tab ("\\temp" stays "\temp").
    const path = readPaste('{"file":"C:\\\\Windows\\\\temp\\\\rdp.log","Status":"0xC000006D"');
    expect(path.codes.map((c) => c.value)).toEqual([0xc000006d]);
  });

  it('leaves text that is not one JSON object as it is', () => {
    expect(readPaste('{"Status": "0xC000006D"').codes.map((c) => c.value)).toEqual([0xc000006d]);
  });
});
