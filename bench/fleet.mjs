// `npm run bench fleet`: a fleet's export from Elasticsearch (Winlogbeat 8 ECS hits, NDJSON, sorted by
// computer then time as `rdpdiag pull elastic` and the README's query give it) of 200 computers and 2 M
// events, generated into a temp folder; `rdpdiag analyze` on it in every report format (wall time, CPU,
// peak RSS) against a bare `JSON.parse` of every line in Node, measured in the same run; then the same fleet
// in two shards (`--shard 1/2`, `--shard 2/2`) merged, checked equal to the one run. Targets: under 1 GiB
// peak RSS, at most 1.5x the bare parse. A side that measures nothing, a run that fails, a peak over 1 GiB or
// a merge unlike the one run fails the bench (exit 1).
// Environment: RDPDIAG_FLEET_COMPUTERS (200), RDPDIAG_FLEET_EVENTS (2000000), RDPDIAG_FLEET_FORMATS (every
// format, comma-separated), RDPDIAG_FLEET_SHARDS=0 skips the shards, RDPDIAG_FLEET_FILE an export made before
// (not generated, not removed), RDPDIAG_FLEET_KEEP=1 keeps the generated file.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serviceLogon } from '../test/helpers/fleet-noise.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const RDPCORE = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS';
const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';
const LSM = 'Microsoft-Windows-TerminalServices-LocalSessionManager';
const SEC = 'Microsoft-Windows-Security-Auditing';
const GUIDS = {
  [RDPCORE]: '{1139c61b-b549-4251-8ed3-27250a1edec8}',
  [RCM]: '{c76baa63-ae81-421c-b425-340b4b24157f}',
  [LSM]: '{5d896912-022d-40aa-a3a8-4fa5515c76d7}',
  [SEC]: '{54849625-5478-4994-a5ba-3e3b0328c30d}',
};
const CHANNEL = {
  [RDPCORE]: `${RDPCORE}/Operational`,
  [RCM]: `${RCM}/Operational`,
  [LSM]: `${LSM}/Operational`,
  [SEC]: 'Security',
};

/** One Winlogbeat 8 hit as elasticdump writes it. */
function hit(state, host, ms, provider, id, fields, userData, activity) {
  const record = ++state.records[provider];
  const time = `${new Date(ms).toISOString().slice(0, 23)}${String(state.sub++ % 10000).padStart(4, '0')}Z`;
  const data = userData
    ? `"user_data":${JSON.stringify({ ...fields, xml_name: 'EventXML' })}`
    : `"event_data":${JSON.stringify(fields)}`;
  const act = activity ? `"activity_id":"${activity}",` : '';
  return (
    `{"_index":".ds-winlogbeat-8.11.0-2024.05.10-000001","_id":"${host.slice(0, 8)}-${provider.length}-${record}","_score":null,"_source":{` +
    `"@timestamp":"${time}","agent":{"type":"winlogbeat","version":"8.11.0","name":"wec01.corp.example.test","id":"4f6c9a5e-7d1b-4c55-9d2e-1a2b3c4d5e6f"},` +
    `"ecs":{"version":"8.0.0"},"host":{"name":"wec01.corp.example.test","hostname":"wec01","os":{"family":"windows","platform":"windows","version":"10.0","build":"20348.2340"}},` +
    `"log":{"level":"information"},"event":{"code":"${id}","kind":"event","provider":"${provider}","created":"2024-05-10T12:00:00.000Z"},` +
    `"winlog":{"channel":"${CHANNEL[provider]}","provider_name":"${provider}","provider_guid":"${GUIDS[provider]}","event_id":"${id}","record_id":${record},` +
    `"computer_name":"${host}",${act}"process":{"pid":1288,"thread":{"id":${4000 + (record % 300)}}},"user":{"identifier":"S-1-5-20"},"opcode":"Info","version":0,${data}}}}`
  );
}

/** One computer's day: RDP sessions (with NLA and a reconnect now and then), failed sign-ins, file-share logons. */
function* computerEvents(c, perComputer) {
  const host = `RDSH${String(c).padStart(3, '0')}.corp.example.test`;
  const state = { sub: 0, records: { [RDPCORE]: 1000, [RCM]: 2000, [LSM]: 3000, [SEC]: 500000 } };
  let ms = Date.UTC(2024, 4, 10, 6, 0, 0) + c * 7;
  let n = 0;
  let conn = 0;
  while (n < perComputer) {
    conn++;
    const client = `198.51.100.${(conn % 200) + 1}`;
    const port = 49152 + (conn % 10000);
    const user = `user${conn % 97}`;
    const act = `{f420${String(c).padStart(4, '0')}-${String(conn % 10000).padStart(4, '0')}-4000-8000-${String(conn).padStart(12, '0')}}`;
    const step = (d) => (ms += d);
    const out = [];
    /** The next event, `after` ms after the last: `hit`'s arguments past the time. */
    const emit = (after, ...rest) => out.push(hit(state, host, step(after), ...rest));
    if (conn % 9 === 0) {
      // A wrong password: NLA fails.
      emit(1000, RCM, 261, { listenerName: 'RDP-Tcp' }, true, act);
      emit(40, RDPCORE, 131, { ConnType: 'TCP', ClientIP: `${client}:${port}` }, false, act);
      emit(
        900,
        SEC,
        4625,
        {
          TargetUserName: user,
          TargetDomainName: 'CORP',
          LogonType: '3',
          IpAddress: client,
          IpPort: String(port),
          Status: '0xc000006d',
          SubStatus: '0xc000006a',
          WorkstationName: `WS-${conn % 50}`,
          AuthenticationPackageName: 'NTLM',
          LogonProcessName: 'NtLmSsp ',
        },
        false,
      );
      emit(8, RDPCORE, 140, { IPString: client }, false, act);
      emit(20, RDPCORE, 102, { ClientIP: `${client}:${port}` }, false, act);
    } else {
      emit(1000, RCM, 261, { listenerName: 'RDP-Tcp' }, true, act);
      emit(40, RDPCORE, 131, { ConnType: 'TCP', ClientIP: `${client}:${port}` }, false, act);
      emit(10, RDPCORE, 65, { ConnectionName: `RDP-Tcp#${conn % 100}` }, false, act);
      emit(
        800,
        SEC,
        4624,
        {
          TargetUserName: user,
          TargetDomainName: 'CORP',
          LogonType: '3',
          IpAddress: client,
          IpPort: String(port),
          TargetLogonId: `0x${(0x10000 + conn).toString(16)}`,
          AuthenticationPackageName: 'NTLM',
          LogonProcessName: 'NtLmSsp ',
          WorkstationName: `WS-${conn % 50}`,
        },
        false,
      );
      emit(50, RCM, 1149, { Param1: user, Param2: 'CORP', Param3: client }, true, act);
      emit(300, LSM, 41, { User: `CORP\\${user}`, SessionID: String((conn % 60) + 2) }, true, act);
      emit(10, LSM, 42, { User: `CORP\\${user}`, SessionID: String((conn % 60) + 2) }, true, act);
      emit(
        200,
        RDPCORE,
        66,
        { ConnectionName: `RDP-Tcp#${conn % 100}`, SessionId: String((conn % 60) + 2) },
        false,
        act,
      );
      emit(
        900,
        SEC,
        4624,
        {
          TargetUserName: user,
          TargetDomainName: 'CORP',
          LogonType: '10',
          IpAddress: client,
          IpPort: '0',
          TargetLogonId: `0x${(0x20000 + conn).toString(16)}`,
          LogonProcessName: 'User32 ',
          AuthenticationPackageName: 'Negotiate',
          WorkstationName: 'RDSH',
        },
        false,
      );
      // The session's logon, shell start and disconnect (LSM 21, 22, 24), each the given time after the last event.
      for (const [id, after] of [
        [21, 400],
        [22, 300],
        [24, 600_000],
      ]) {
        const session = { User: `CORP\\${user}`, SessionID: String((conn % 60) + 2), Address: client };
        emit(after, LSM, id, session, true, act);
      }
      emit(20, RDPCORE, 102, { ClientIP: `${client}:${port}` }, false, act);
      emit(5, RDPCORE, 103, { DisconnectReason: '12' }, false, act);
      emit(2000, LSM, 23, { User: `CORP\\${user}`, SessionID: String((conn % 60) + 2) }, true, act);
    }
    // File-share and service logons between sessions: Security's everyday noise in the same export.
    for (let k = 0; k < 14; k++) {
      const logon = serviceLogon(k, conn, `203.0.113.${k + 1}`);
      emit(1500, SEC, 4624, { ...logon, AuthenticationPackageName: 'Kerberos', LogonProcessName: 'Kerberos' }, false);
      emit(
        900,
        SEC,
        4634,
        {
          TargetUserName: logon.TargetUserName,
          TargetDomainName: logon.TargetDomainName,
          LogonType: logon.LogonType,
          TargetLogonId: logon.TargetLogonId,
        },
        false,
      );
    }
    for (const line of out) {
      if (n++ >= perComputer) return;
      yield line;
    }
  }
}

/** The fleet export: `computers` computers, `total` events in all, sorted by computer then time; the events written. */
export async function generate(file, computers, total) {
  const perComputer = Math.ceil(total / computers);
  const stream = createWriteStream(file);
  let buffer = '';
  for (let c = 1; c <= computers; c++) {
    for (const line of computerEvents(c, perComputer)) {
      buffer += `${line}\n`;
      if (buffer.length > 1 << 20) {
        if (!stream.write(buffer)) await new Promise((r) => stream.once('drain', r));
        buffer = '';
      }
    }
  }
  stream.write(buffer);
  await new Promise((r) => stream.end(r));
  return perComputer * computers;
}

/** The baseline: read the file in chunks and JSON.parse every line, nothing else. */
const BARE_PARSE = `
import { createReadStream } from 'node:fs';
const started = process.hrtime.bigint();
const decoder = new TextDecoder();
let pending = '';
let n = 0;
for await (const chunk of createReadStream(process.argv[1], { highWaterMark: 1 << 20 })) {
  const s = pending + decoder.decode(chunk, { stream: true });
  let at = 0;
  for (let nl = s.indexOf('\\n'); nl >= 0; nl = s.indexOf('\\n', at)) {
    if (nl > at) { JSON.parse(s.slice(at, nl)); n++; }
    at = nl + 1;
  }
  pending = s.slice(at);
}
if (pending.trim()) { JSON.parse(pending); n++; }
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const u = process.resourceUsage();
process.stderr.write('@@bench ' + JSON.stringify({ lines: n, seconds, cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssBytes: u.maxRSS * 1024 }) + '\\n');
`;

const MiB = 2 ** 20;
const TARGET_RSS = 1024 * MiB;
const FORMATS = ['json', 'html', 'markdown', 'table', 'csv', 'ecs', 'splunk-hec'];
const EXTENSION = {
  json: 'json',
  html: 'html',
  markdown: 'md',
  table: 'txt',
  csv: 'csv',
  ecs: 'ndjson',
  'splunk-hec': 'ndjson',
};

function measured(args) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const m = /@@bench (.*)/.exec(r.stderr ?? '');
  if (!m)
    throw new Error(
      `no measurement from ${args.join(' ')} (exit ${r.status}, ${r.signal ?? 'no signal'}): ${r.stderr?.slice(-2000)}`,
    );
  return JSON.parse(m[1]);
}

/** Two files byte for byte, a MiB at a time (a 20 M fleet's JSON report is larger than a Buffer may be). */
function sameBytes(x, y) {
  if (statSync(x).size !== statSync(y).size) return false;
  const [a, b] = [openSync(x, 'r'), openSync(y, 'r')];
  try {
    const [p, q] = [Buffer.alloc(1 << 20), Buffer.alloc(1 << 20)];
    for (let at = 0; ; at += p.length) {
      const n = readSync(a, p, 0, p.length, at);
      if (n === 0) return true;
      if (readSync(b, q, 0, q.length, at) !== n || !p.subarray(0, n).equals(q.subarray(0, n))) return false;
    }
  } finally {
    closeSync(a);
    closeSync(b);
  }
}

function analyzed(args) {
  return measured([join(root, 'bench', 'child-max-rss.mjs'), ...args]);
}

export async function benchFleet() {
  const computers = Number(process.env.RDPDIAG_FLEET_COMPUTERS ?? 200);
  const total = Number(process.env.RDPDIAG_FLEET_EVENTS ?? 2_000_000);
  const formats = (process.env.RDPDIAG_FLEET_FORMATS ?? FORMATS.join(',')).split(',').filter(Boolean);
  const unknown = formats.filter((f) => !FORMATS.includes(f));
  if (unknown.length) throw new Error(`RDPDIAG_FLEET_FORMATS: no format ${unknown.join(', ')} (${FORMATS.join(', ')})`);
  const given = process.env.RDPDIAG_FLEET_FILE;
  const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-fleet-'));
  const file = given ?? join(dir, 'fleet.ndjson');
  const missed = [];
  try {
    if (given) {
      if (!existsSync(given)) throw new Error(`RDPDIAG_FLEET_FILE: no file ${given}`);
      console.log(`fleet export: ${given}, ${(statSync(given).size / 2 ** 30).toFixed(2)} GiB ECS NDJSON`);
    } else {
      const t0 = process.hrtime.bigint();
      const events = await generate(file, computers, total);
      console.log(
        `fleet export: ${computers} computers, ${events.toLocaleString('en')} events, ${(statSync(file).size / 2 ** 30).toFixed(2)} GiB ECS NDJSON (generated in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s)`,
      );
    }
    const bare = measured(['--input-type=module', '-e', BARE_PARSE, file]);
    if (!(bare.lines > 0 && bare.seconds > 0 && bare.cpuSeconds > 0))
      throw new Error(`the bare parse measured nothing: ${JSON.stringify(bare)}`);
    console.log(
      `  bare JSON.parse of ${bare.lines.toLocaleString('en')} lines: ${bare.seconds.toFixed(1)} s (CPU ${bare.cpuSeconds.toFixed(1)} s), peak RSS ${(bare.maxRssBytes / MiB).toFixed(0)} MiB`,
    );
    const reports = {};
    for (const format of formats) {
      const out = join(dir, `report.${EXTENSION[format]}`);
      const run = analyzed(['analyze', file, '--format', format, '-o', out]);
      const size = existsSync(out) ? statSync(out).size : 0;
      // On a shared machine wall time follows the load; CPU time (all threads, GC included) is the steadier ratio.
      console.log(
        `  analyze --format ${format.padEnd(10)} ${run.seconds.toFixed(1).padStart(6)} s (${(run.seconds / bare.seconds).toFixed(2)}x the bare parse), CPU ${run.cpuSeconds.toFixed(1)} s (${(run.cpuSeconds / bare.cpuSeconds).toFixed(2)}x), peak RSS ${(run.maxRssBytes / MiB).toFixed(0)} MiB, exit ${run.code}, report ${(size / MiB).toFixed(1)} MiB`,
      );
      if (run.code !== 0 && run.code !== 1) missed.push(`--format ${format} exited ${run.code}`);
      if (size === 0) missed.push(`--format ${format} wrote no report`);
      if (run.maxRssBytes >= TARGET_RSS)
        missed.push(`--format ${format} peaked at ${(run.maxRssBytes / MiB).toFixed(0)} MiB`);
      if (format === 'json' && size) reports.json = out;
      else if (size) rmSync(out);
    }
    if (process.env.RDPDIAG_FLEET_SHARDS !== '0') {
      const shards = [1, 2].map((k) => {
        const out = join(dir, `shard-${k}.json`);
        const run = analyzed(['analyze', file, '--shard', `${k}/2`, '-o', out]);
        console.log(
          `  analyze --shard ${k}/2: ${run.seconds.toFixed(1)} s, CPU ${run.cpuSeconds.toFixed(1)} s, peak RSS ${(run.maxRssBytes / MiB).toFixed(0)} MiB, exit ${run.code}`,
        );
        if (run.maxRssBytes >= TARGET_RSS)
          missed.push(`--shard ${k}/2 peaked at ${(run.maxRssBytes / MiB).toFixed(0)} MiB`);
        return out;
      });
      for (const format of formats.includes('json') ? ['json', 'html'] : ['html']) {
        const out = join(dir, `merged.${EXTENSION[format]}`);
        const run = analyzed(['merge', ...shards, '--format', format, '-o', out]);
        const same = format === 'json' && reports.json ? sameBytes(out, reports.json) : undefined;
        console.log(
          `  merge --format ${format}: ${run.seconds.toFixed(1)} s, CPU ${run.cpuSeconds.toFixed(1)} s, peak RSS ${(run.maxRssBytes / MiB).toFixed(0)} MiB, exit ${run.code}${same === undefined ? '' : same ? ', equal to the one run' : ', NOT equal to the one run'}`,
        );
        if (same === false) missed.push('the merged shards differ from the one run');
        if (run.maxRssBytes >= TARGET_RSS)
          missed.push(`merge --format ${format} peaked at ${(run.maxRssBytes / MiB).toFixed(0)} MiB`);
      }
    }
  } finally {
    if (!given && process.env.RDPDIAG_FLEET_KEEP === '1') {
      for (const name of readdirSync(dir)) if (join(dir, name) !== file) rmSync(join(dir, name), { force: true });
      console.log(`  kept ${file}`);
    } else rmSync(dir, { recursive: true, force: true });
  }
  if (missed.length) {
    console.log(`  MISSED: ${missed.join('; ')}`);
    process.exitCode = 1;
  } else console.log(`  every run under ${TARGET_RSS / MiB} MiB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchFleet();
