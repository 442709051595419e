import { RDPCORE as CORE, RCM, SECURITY as SEC } from '../../src/model/providers.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One Winlogbeat 8 hit as an Elasticsearch export writes it (one NDJSON line), for generated fleet exports. */
export interface WinlogbeatHit {
  index: string;
  id: string;
  ms: number;
  computer: string;
  provider: string;
  channel: string;
  eventId: number;
  recordId: number;
  data: Record<string, string>;
  /** The event's fields as UserData (RCM, LSM, Gateway) rather than EventData. */
  userData: boolean;
  activity?: string;
}

export function winlogbeatHit(h: WinlogbeatHit): string {
  return JSON.stringify({
    _index: h.index,
    _id: h.id,
    _source: {
      '@timestamp': new Date(h.ms).toISOString(),
      host: { name: 'wec01.corp.example.test' },
      event: { code: String(h.eventId) },
      winlog: {
        channel: h.channel,
        provider_name: h.provider,
        event_id: String(h.eventId),
        record_id: h.recordId,
        computer_name: h.computer,
        ...(h.activity ? { activity_id: h.activity } : {}),
        ...(h.userData ? { user_data: h.data } : { event_data: h.data }),
      },
    },
  });
}

export { CORE, RCM, SEC };

/**
 * Writes computer `c`'s hits into `lines`, 0.7 s apart from a minute past 08:00 per computer, record ids from
 * 1001; Security's and RdpCoreTS's fields as EventData, the others' as UserData.
 */
export function computerHits(
  lines: string[],
  c: number,
  computer: string,
): (provider: string, channel: string, id: number, data: Record<string, string>, activity?: string) => void {
  let record = 1000;
  let ms = Date.UTC(2024, 4, 10, 8, 0, 0) + c * 60_000;
  return (provider, channel, id, data, activity) => {
    lines.push(
      winlogbeatHit({
        index: 'winlogbeat-8.11.0',
        id: `${c}-${record}`,
        ms: (ms += 700),
        computer,
        provider,
        channel,
        eventId: id,
        recordId: ++record,
        data,
        userData: !(channel === 'Security' || provider === CORE),
        ...(activity ? { activity } : {}),
      }),
    );
  };
}

/**
 * A Winlogbeat export of several computers, NDJSON of hits: per computer and round a colleague's connection,
 * a source guessing passwords, and Security's everyday noise between (logoffs, special privileges: events
 * `analyze` does not read); `damage` puts, every so many lines, a line that is not JSON, a blank line and a
 * record followed by a comma.
 */
/**
 * One connection from 203.0.113.66 (source port `port`, activity `activity`) whose logon as `user` failed at NLA:
 * RCM 261, RdpCoreTS 131, Security 4625 (bad password), RdpCoreTS 102.
 */
export function failedTry(hit: ReturnType<typeof computerHits>, activity: string, port: number, user: string): void {
  const op = (p: string) => `${p}/Operational`;
  hit(RCM, op(RCM), 261, { listenerName: 'RDP-Tcp' }, activity);
  hit(CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: `203.0.113.66:${port}` }, activity);
  hit(SEC, 'Security', 4625, {
    TargetUserName: user,
    LogonType: '3',
    IpAddress: '203.0.113.66',
    Status: '0xc000006d',
    SubStatus: '0xc000006a',
  });
  hit(CORE, op(CORE), 102, { ClientIP: `203.0.113.66:${port}` }, activity);
}

export function fleetExportLines(computers: number, rounds: number, damage?: { every: number }): string[] {
  const lines: string[] = [];
  for (let c = 1; c <= computers; c++) {
    const write = computerHits(lines, c, `RDSH${String(c).padStart(3, '0')}.corp.example.test`);
    const hit: typeof write = (...args) => {
      write(...args);
      if (damage && lines.length % damage.every === 0) {
        lines.push(`{"_index":"winlogbeat-8.11.0","_source":{"winlog":{"event_id":"4624"`);
        lines.push('');
        lines.push(`${lines[lines.length - 3]},`);
      }
    };
    const op = (p: string) => `${p}/Operational`;
    for (let r = 0; r < rounds; r++) {
      const hex = (n: number) => n.toString(16).padStart(4, '0');
      const act = `{f4200000-${hex(c)}-4000-8000-0000${hex(r)}0000}`;
      hit(RCM, op(RCM), 261, { listenerName: 'RDP-Tcp' }, act);
      hit(CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: '192.0.2.10:50000' }, act);
      hit(SEC, 'Security', 4624, { TargetUserName: 'alice', LogonType: '10', IpAddress: '192.0.2.10' });
      hit(RCM, op(RCM), 1149, { Param1: 'alice', Param2: 'CORP', Param3: '192.0.2.10' }, act);
      failedTry(hit, `{f4210000-${hex(c)}-4000-8000-0000${hex(r)}0000}`, 51000 + (r % 1000), `admin${r % 3}`);
      for (let k = 0; k < 4; k++) {
        hit(SEC, 'Security', 4634, { TargetUserName: `svc${k}`, LogonType: '3' });
        hit(SEC, 'Security', 4672, { SubjectUserName: `svc${k}` });
      }
    }
  }
  return lines;
}

/** `fleetExportLines(computers, rounds)` written as one NDJSON export `name` in `dir`; its path. */
export function writeFleetExport(dir: string, computers: number, rounds: number, name = 'fleet.ndjson'): string {
  const file = join(dir, name);
  writeFileSync(file, `${fleetExportLines(computers, rounds).join('\n')}\n`);
  return file;
}
