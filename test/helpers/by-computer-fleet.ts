/**
 * The generated fleet exports of test/pipeline/by-computer.test.ts and by-computer-rest.test.ts (slow tier):
 * Winlogbeat hits of session hosts, a client's computer and an RD Gateway, grouped by computer as `pull elastic`
 * sorts them, or not.
 */
import { CLIENT, GATEWAY, LSM, RCM, RDPCORE as CORE, SECURITY as SEC } from '../../src/model/providers.js';
import { type InputToOpen, memoryInput } from '../../src/model/source.js';
import { serviceLogon } from './fleet-noise.mjs';
import { winlogbeatHit } from './winlogbeat.js';

export { CORE, RCM };

const CLIENT_CHANNEL = 'Microsoft-Windows-TerminalServices-RDPClient/Operational';

export interface Line {
  ms: number;
  text: string;
}

/** Winlogbeat 8 hits of one computer, its record ids per channel counting up. */
export function computer(name: string) {
  const records = new Map<string, number>();
  const lines: Line[] = [];
  const hit = (
    ms: number,
    provider: string,
    channel: string,
    id: number,
    data: Record<string, string>,
    activity?: string,
  ) => {
    const record = (records.get(channel) ?? 1000) + 1;
    records.set(channel, record);
    lines.push({
      ms,
      text: winlogbeatHit({
        index: '.ds-winlogbeat-8.11.0',
        id: `${name}-${channel}-${record}`,
        ms,
        computer: name,
        provider,
        channel,
        eventId: id,
        recordId: record,
        data,
        userData: provider === RCM || provider === LSM || provider === GATEWAY,
        ...(activity ? { activity } : {}),
      }),
    });
  };
  return { lines, hit };
}

export const op = (p: string) => `${p}/Operational`;
export const T0 = Date.UTC(2024, 4, 10, 8, 0, 0);

/**
 * A session host's day: sessions from shared client addresses, a wrong password, a spray from one source;
 * with `brokerLegAt`, a Connection Broker's leg then (the client authenticates and leaves without a session).
 */
export function sessionHost(c: number, brokerLegAt?: number): Line[] {
  const name = `RDSH0${c}.corp.example.test`;
  const { lines, hit } = computer(name);
  let ms = T0 + c * 1_000;
  let conn = 0;
  const session = (client: string, user: string, fails: boolean) => {
    const act = `{f4200000-0000-4000-8000-${String(c).padStart(4, '0')}${String(++conn).padStart(8, '0')}}`;
    const port = String(50000 + conn);
    hit((ms += 60_000), RCM, op(RCM), 261, { listenerName: 'RDP-Tcp' }, act);
    hit((ms += 40), CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: `${client}:${port}` }, act);
    if (fails) {
      hit((ms += 900), SEC, 'Security', 4625, {
        TargetUserName: user,
        TargetDomainName: 'CORP',
        LogonType: '3',
        IpAddress: client,
        IpPort: port,
        Status: '0xc000006d',
        SubStatus: '0xc000006a',
        WorkstationName: 'WS-7',
      });
      hit((ms += 20), CORE, op(CORE), 102, { ClientIP: `${client}:${port}` }, act);
      return;
    }
    hit((ms += 10), CORE, op(CORE), 65, { ConnectionName: `RDP-Tcp#${conn}` }, act);
    hit((ms += 800), SEC, 'Security', 4624, {
      TargetUserName: user,
      TargetDomainName: 'CORP',
      LogonType: '3',
      IpAddress: client,
      IpPort: port,
      TargetLogonId: `0x${(0x10000 + conn).toString(16)}`,
      WorkstationName: 'WS-7',
    });
    hit((ms += 50), RCM, op(RCM), 1149, { Param1: user, Param2: 'CORP', Param3: client }, act);
    hit((ms += 200), CORE, op(CORE), 66, { ConnectionName: `RDP-Tcp#${conn}`, SessionId: String(conn + 1) }, act);
    hit((ms += 400), LSM, op(LSM), 21, { User: `CORP\\${user}`, SessionID: String(conn + 1), Address: client }, act);
    hit((ms += 300), LSM, op(LSM), 22, { User: `CORP\\${user}`, SessionID: String(conn + 1), Address: client }, act);
    // File-share logons between sessions: Security's everyday noise, of no connection.
    for (let k = 0; k < 3; k++) hit((ms += 1500), SEC, 'Security', 4624, serviceLogon(k, conn, `198.51.100.${k + 1}`));
  };
  // The same client addresses on every host; alice's wrong password on host 2.
  session('192.0.2.10', 'alice', false);
  session('192.0.2.11', 'bob', c === 2);
  // One source guessing passwords on every computer, seconds apart.
  ms = T0 + 3_600_000 + c * 5_000;
  for (let k = 0; k < 6; k++) session('203.0.113.66', `admin${k % 3}`, true);
  session('192.0.2.10', 'alice', false);
  // A BlueKeep scanner opening MS_T120 in its handshake, on the odd hosts: a finding the fleet pass makes from an
  // attempt's fourth event.
  if (c % 2) {
    const act = `{f4400000-0000-4000-8000-${String(c).padStart(12, '0')}}`;
    hit((ms += 60_000), RCM, op(RCM), 261, { listenerName: 'RDP-Tcp' }, act);
    hit((ms += 40), CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: '203.0.113.99:41000' }, act);
    hit((ms += 10), CORE, op(CORE), 65, { ConnectionName: 'RDP-Tcp#95' }, act);
    hit((ms += 10), CORE, op(CORE), 141, { ConnectionName: 'RDP-Tcp#95' }, act);
    hit((ms += 10), CORE, op(CORE), 148, { ChannelName: 'MS_T120', ChannelId: '31' }, act);
    hit((ms += 20), CORE, op(CORE), 102, { ClientIP: '203.0.113.99:41000' }, act);
  }
  if (brokerLegAt !== undefined) {
    const act = `{f4300000-0000-4000-8000-${String(c).padStart(12, '0')}}`;
    const client = '192.0.2.51';
    hit(brokerLegAt, CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: `${client}:50100` }, act);
    hit(brokerLegAt + 10, CORE, op(CORE), 65, { ConnectionName: 'RDP-Tcp#90' }, act);
    hit(brokerLegAt + 300, RCM, op(RCM), 1149, { Param1: 'carol', Param2: 'CORP', Param3: client }, act);
    hit(brokerLegAt + 601, CORE, op(CORE), 102, { ClientIP: `${client}:50100` }, act);
    hit(brokerLegAt + 610, CORE, op(CORE), 103, { ReasonCode: '13' }, act);
  }
  return lines;
}

/** A workstation whose RDPClient log shows a connection to RDSH02 (joined to that server's attempt). */
export function clientComputer(): Line[] {
  const { lines, hit } = computer('WS-ERIK.corp.example.test');
  const act = '{6d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d0101}';
  const ms = T0 + 2_000 + 60_000 - 500;
  hit(ms, CLIENT, CLIENT_CHANNEL, 1024, { Name: 'Server Name', Value: 'RDSH02.corp.example.test' }, act);
  hit(ms + 3000, CLIENT, CLIENT_CHANNEL, 1027, { Name: 'Domain', Value: 'CORP' }, act);
  return lines;
}

/** An RD Gateway that carried alice's first connection to RDSH03. */
export function gateway(): Line[] {
  const { lines, hit } = computer('RDGW01.corp.example.test');
  hit(T0 + 3_000 + 60_000 - 300, GATEWAY, op(GATEWAY), 302, {
    Username: 'CORP\\alice',
    IpAddress: '203.0.113.77',
    AuthType: '',
    Resource: 'RDSH03.corp.example.test',
    ConnectionProtocol: 'HTTP',
    ErrorCode: '0',
  });
  return lines;
}

export function ndjson(groups: Line[][], interleaved = false): InputToOpen[] {
  const lines = interleaved ? groups.flat().sort((x, y) => x.ms - y.ms) : groups.flat();
  const content = new TextEncoder().encode(`${lines.map((l) => l.text).join('\n')}\n`);
  return [{ name: 'fleet.ndjson', open: async () => memoryInput('fleet.ndjson', content) }];
}

/** Four session hosts: two with the scanner (the odd ones), host 2 the client's and host 3 the gateway's. */
export const HOSTS = [1, 2, 3, 4];
export const hosts = () => HOSTS.map((c) => sessionHost(c));
