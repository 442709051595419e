/**
 * The generated fleet of test/cli/shard-merge.test.ts and shard-merge-rest.test.ts (slow tier): what `analyze
 * --shard K/N` cuts and `merge` puts back together; and which report formats each of them renders.
 */
import { REPORT_FORMATS } from '../../src/report/formats.js';
import { CORE, computerHits, fleetExportLines, RCM, SEC, winlogbeatHit } from './winlogbeat.js';

const LSM = 'Microsoft-Windows-TerminalServices-LocalSessionManager';
const CLIENT = 'Microsoft-Windows-TerminalServices-ClientActiveXCore';
const op = (p: string) => `${p}/Operational`;
export const ATTACKER = '203.0.113.66';

/**
 * Three servers guessed at by one source (fleetExportLines), one in each part of 3, APP01 where it then signs in
 * and from where, during that session, mstsc opens Remote Desktop to a file server whose logs are not given
 * (lateral movement), and WEB01, on which the source signs in too (its logon elsewhere). The parts: RDSH007 and
 * WEB01 in 1/3; RDSH001 and APP01 in 2/3; RDSH002 in 3/3 (every line of a computer names it).
 */
export function shardFleet(): string {
  const lines = fleetExportLines(7, 4).filter((l) => !/RDSH00[3-6]\./.test(l));
  const app = computerHits(lines, 12, 'APP01.corp.example.test');
  for (let i = 0; i < 3; i++) {
    const act = `{f4300000-0000-4000-8000-00000000000${i}}`;
    app(RCM, op(RCM), 261, { listenerName: 'RDP-Tcp' }, act);
    app(CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: `${ATTACKER}:${52000 + i}` }, act);
    app(SEC, 'Security', 4625, {
      TargetUserName: `admin${i}`,
      LogonType: '3',
      IpAddress: ATTACKER,
      Status: '0xc000006d',
      SubStatus: '0xc000006a',
    });
    app(CORE, op(CORE), 102, { ClientIP: `${ATTACKER}:${52000 + i}` }, act);
  }
  const act = '{f4300000-0000-4000-8000-000000000009}';
  app(RCM, op(RCM), 261, { listenerName: 'RDP-Tcp' }, act);
  app(CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: `${ATTACKER}:52009` }, act);
  app(SEC, 'Security', 4624, { TargetUserName: 'svc-backup', LogonType: '10', IpAddress: ATTACKER });
  app(RCM, op(RCM), 1149, { Param1: 'svc-backup', Param2: 'CORP', Param3: ATTACKER }, act);
  app(LSM, op(LSM), 21, { User: 'CORP\\svc-backup', SessionID: '3', Address: ATTACKER });
  const mstsc = '{c3d4e5f6-1111-4222-8333-944455556666}';
  app(
    CLIENT,
    'Microsoft-Windows-TerminalServices-RDPClient/Operational',
    1024,
    { Name: 'Server Name', Value: 'FS-ARCHIVE.corp.example.test' },
    mstsc,
  );
  app(
    CLIENT,
    'Microsoft-Windows-TerminalServices-RDPClient/Operational',
    1102,
    { Name: 'ServerAddress', Value: '192.0.2.99' },
    mstsc,
  );
  app(
    CLIENT,
    'Microsoft-Windows-TerminalServices-RDPClient/Operational',
    1027,
    { DomainName: 'CORP', SessionId: '2' },
    mstsc,
  );
  app(
    CLIENT,
    'Microsoft-Windows-TerminalServices-RDPClient/Operational',
    1026,
    { Name: 'Disconnect Reason', Value: '1' },
    mstsc,
  );
  app(LSM, op(LSM), 23, { User: 'CORP\\svc-backup', SessionID: '3' });
  // Half an hour on, the source signs in to WEB01 too, where it guessed nothing: its logon elsewhere.
  let record = 9000;
  let ms = Date.UTC(2024, 4, 10, 8, 40, 0);
  const web = (provider: string, channel: string, eventId: number, data: Record<string, string>, activity?: string) =>
    winlogbeatHit({
      index: 'winlogbeat-8.11.0',
      id: `web-${++record}`,
      ms: (ms += 700),
      computer: 'WEB01.corp.example.test',
      provider,
      channel,
      eventId,
      recordId: record,
      data,
      userData: !(channel === 'Security' || provider === CORE),
      ...(activity ? { activity } : {}),
    });
  const late = '{f4400000-0000-4000-8000-000000000005}';
  const elsewhere = [
    web(RCM, op(RCM), 261, { listenerName: 'RDP-Tcp' }, late),
    web(CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: `${ATTACKER}:53000` }, late),
    web(SEC, 'Security', 4624, { TargetUserName: 'svc-backup', LogonType: '10', IpAddress: ATTACKER }),
    web(RCM, op(RCM), 1149, { Param1: 'svc-backup', Param2: 'CORP', Param3: ATTACKER }, late),
  ];
  lines.push(...elsewhere);
  return `${lines.join('\n')}\n`;
}

/**
 * The formats whose merge the fast tier compares with one run's (besides JSON): the first of each way of reading
 * the shards' attempts (`reads`: how many of each attempt's events the report names; merge keeps those, and JSON
 * reads as the table does). The others, `SHARD_MERGE_REST`, are compared in shard-merge-rest.test.ts (slow tier).
 */
export const SHARD_MERGE_FAST: readonly string[] = REPORT_FORMATS.filter(
  (f, i) => f.name !== 'json' && REPORT_FORMATS.findIndex((g) => sameReads(g.reads, f.reads)) === i,
).map((f) => f.name);
export const SHARD_MERGE_REST: readonly string[] = REPORT_FORMATS.map((f) => f.name).filter(
  (f) => f !== 'json' && !SHARD_MERGE_FAST.includes(f),
);

function sameReads(a: object, b: object): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}
