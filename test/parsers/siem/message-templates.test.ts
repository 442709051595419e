/**
 * Splunk's classic WinEventLog keeps an RdpCoreTS or RDP client event's fields only in its English message: each is
 * read back by its row's `message` template (src/model/events.ts, the provider's own text, `%N` its Nth field), so a
 * record read from the message gives the fields the evtx and XML readers give (a connection's client address, its
 * session, the method of a 72, the client's disconnect reason), and the rest of the pipeline needs no special case.
 */
import { describe, expect, it } from 'vitest';
import { fieldsFromMessage, messageFieldNames, messageLogOf } from '../../../parsers/siem/message.js';
import { mapClassic } from '../../../parsers/siem/splunk/classic.js';
import { channelOfRow, EVENTS } from '../../../src/model/events.js';

const RDPCORE = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational';

/** A value for each field that holds none of the templates' words. */
const value = (name: string, i: number) => `${name.toLowerCase()}-v${i}`;

function classic(channel: string, provider: string, id: number, message: string) {
  const block = [
    '09/16/2025 09:00:46 AM',
    `LogName=${channel}`,
    `EventCode=${id}`,
    'EventType=4',
    'ComputerName=RDSH01.corp.example.test',
    `SourceName=${provider}`,
    'Type=Information',
    'RecordNumber=4711',
    `Message=${message}`,
  ].join('\n');
  return mapClassic(block, { file: 'wineventlog.log', line: 1 }, undefined, 0);
}

describe('fields read back from one-sentence messages by their templates', () => {
  it('gives every templated event the fields its template names, as Windows renders them', () => {
    let rows = 0;
    for (const r of EVENTS) {
      const log = messageLogOf(channelOfRow(r)?.name ?? '');
      // A template read only in pastes (explain-code) is no reader's.
      if (!r.message || !log || r.messageUse === 'paste') continue;
      rows++;
      const data: Record<string, string> = {};
      for (const [i, f] of (r.fields ?? []).entries()) data[f] = value(f, i);
      const text = r.message.replace(/%(\d+)/g, (_, n: string) => data[r.fields![Number(n) - 1]!]!);
      const found = fieldsFromMessage(log, r.id, text);
      // Each field read is the row's own, with the value rendered; a template with fields gives at least one.
      for (const [f, v] of Object.entries(found)) expect(v, `${r.provider} ${r.id} ${f}`).toBe(data[f]);
      for (const f of Object.keys(found)) expect(messageFieldNames(log, r.id).has(f), `${r.id} ${f}`).toBe(true);
      if (/%\d/.test(r.message)) expect(Object.keys(found).length, `${r.provider} ${r.id}`).toBeGreaterThan(0);
    }
    expect(rows).toBeGreaterThan(30);
  });

  it('reads the connection of a 131, the session of a 66 and the method of a 72', () => {
    expect(
      fieldsFromMessage('rdpcore', 131, 'The server accepted a new TCP connection from client 203.0.113.7:50111.'),
    ).toEqual({ ConnType: 'TCP', ClientIP: '203.0.113.7:50111' });
    expect(
      fieldsFromMessage('rdpcore', 131, 'The server accepted a new UDP connection from client [2001:db8::25]:3390.'),
    ).toEqual({ ConnType: 'UDP', ClientIP: '[2001:db8::25]:3390' });
    expect(fieldsFromMessage('rdpcore', 66, 'The connection RDP-Tcp#14 was assigned to session 4')).toEqual({
      ConnectionName: 'RDP-Tcp#14',
      SessionID: '4',
    });
    expect(fieldsFromMessage('rdpcore', 72, 'Interface method called: LogonNotify(SessionId=3)')).toEqual({
      MethodName: 'LogonNotify(SessionId=3)',
    });
    // A value that ends with a full stop keeps it: only the template's own is optional.
    expect(
      fieldsFromMessage(
        'rdpcore',
        101,
        'The network characteristics detection function has been disabled because of Reason Code: 2(Server Configuration)..',
      ),
    ).toEqual({ ReasonString: 'Reason Code: 2(Server Configuration).' });
    expect(fieldsFromMessage('client', 1026, 'RDP ClientActiveX has been disconnected (Reason= 2308)')).toEqual({
      Value: '2308',
    });
    expect(fieldsFromMessage('client', 1027, 'Connected to domain (CORP) with session 3.')).toEqual({
      DomainName: 'CORP',
      SessionId: '3',
    });
  });

  it('reads no field two others cannot be told apart from, and nothing from another text', () => {
    // RdpCoreTS 228 `Disconnect trace:%1 %2, Error code:%3`: the component and its message share one blank.
    expect(
      fieldsFromMessage('rdpcore', 228, "Disconnect trace:'calling spGfxPlugin->PreDisconnect()' in x, Error code:0x5"),
    ).toEqual({ ErrorCode: '0x5' });
    // A localized message (or another build's text) yields nothing.
    expect(
      fieldsFromMessage('rdpcore', 131, 'Le serveur a accepté une nouvelle connexion TCP du client 1.2.3.4:5.'),
    ).toEqual({});
    expect(fieldsFromMessage('rdpcore', 98, 'A TCP connection has been successfully established.')).toEqual({});
  });

  it('gives a Splunk classic RdpCoreTS record its EventData, not UserData', () => {
    const e = classic(
      RDPCORE,
      'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS',
      131,
      'The server accepted a new TCP connection from client 192.0.2.10:50412.',
    );
    expect(e.data).toEqual({ ConnType: 'TCP', ClientIP: '192.0.2.10:50412' });
    expect(e.dataFromMessage).toBe(true);
    expect(e.userDataElement).toBeUndefined();
    const lsm = classic(
      'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
      'Microsoft-Windows-TerminalServices-LocalSessionManager',
      40,
      'Session 3 has been disconnected, reason code 5',
    );
    expect(lsm.data).toEqual({ Session: '3', Reason: '5' });
    expect(lsm.userDataElement).toBe('EventXML');
  });
});
