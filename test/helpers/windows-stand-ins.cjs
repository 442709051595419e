/**
 * Stand-ins for wevtutil.exe and reg.exe, replaying what the real ones do (tests install them as
 * `<SystemRoot>/System32/<name>.exe`, `test/helpers/windows-programs.ts`). Their folder is
 * WINDOWS_STAND_IN_DIR. wevtutil:
 * - `<channel, / as _>.xml`: the channel exists and holds these events. `qe` serves them, applying the
 *   EventRecordID / TimeCreated / EventID query, `/c:N` and `/rd:true`; `epl` writes an .evtx (the `.evtx` beside
 *   it when there is one, else a file header);
 * - `replies.json`: `{ "<channel>": { "exit": 5, "stderr": "…", "writes": "nothing" | "garbage" } }`, how
 *   a call on that channel ends instead (access denied, a localized message, a success that wrote nothing);
 *   `stderrBytes` (base64) gives the message as the bytes wevtutil writes to a pipe (the console's OEM code
 *   page), `times` limits the reply to that many calls on the channel (then it answers as usual);
 * - a channel with neither: "could not be found", exit 15007 (ERROR_EVT_CHANNEL_NOT_FOUND), as wevtutil.
 * reg: `reg query <key>` prints `reg.json`'s text for the key, else "unable to find", exit 1.
 * Every call is logged in the folder `calls`, one JSON array a file (the program's name first), as it starts; and, as
 * it ends, in `answers` with its exit code first (`[exit, program, ...args]`): what a test waits on. A file each,
 * named by its time and process id and renamed into place whole: under Wine, appends to one shared file from
 * concurrent stand-ins overwrote each other's lines.
 */
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.WINDOWS_STAND_IN_DIR;

function reg(args) {
  const file = path.join(dir, 'reg.json');
  const keys = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  if (args[0] === 'query' && keys[args[1]] !== undefined) {
    process.stdout.write(keys[args[1]]);
    return 0;
  }
  process.stderr.write('ERROR: The system was unable to find the specified registry key or value.\r\n');
  return 1;
}

function wevtutil(args) {
  const [verb, channel] = args;
  const base = path.join(dir, channel.replace(/[\\/]/g, '_'));
  const repliesFile = path.join(dir, 'replies.json');
  const replies = fs.existsSync(repliesFile) ? JSON.parse(fs.readFileSync(repliesFile, 'utf8')) : {};
  const key = Object.keys(replies).find((k) => k.toLowerCase() === channel.toLowerCase());
  let reply = key === undefined ? undefined : replies[key];
  if (reply?.times !== undefined) {
    const counts = path.join(dir, 'reply-counts.json');
    const used = fs.existsSync(counts) ? JSON.parse(fs.readFileSync(counts, 'utf8')) : {};
    used[key] = (used[key] ?? 0) + 1;
    fs.writeFileSync(counts, JSON.stringify(used));
    if (used[key] > reply.times) reply = undefined;
  }
  if (reply?.stderr !== undefined || reply?.stderrBytes !== undefined || (reply?.exit ?? 0) !== 0) {
    process.stderr.write(reply.stderrBytes !== undefined ? Buffer.from(reply.stderrBytes, 'base64') : (reply.stderr ?? ''));
    return reply.exit ?? 1;
  }
  if (!fs.existsSync(`${base}.xml`) && !fs.existsSync(`${base}.evtx`)) {
    process.stderr.write(
      `Failed to read configuration for log ${channel}. The specified channel could not be found.\r\n`,
    );
    return 15007;
  }
  if (verb === 'epl') {
    if (reply?.writes === 'nothing') return 0;
    const header = Buffer.alloc(4096);
    header.write('ElfFile\0', 0, 'latin1');
    const content =
      reply?.writes === 'garbage'
        ? Buffer.from('not an event log')
        : fs.existsSync(`${base}.evtx`)
          ? fs.readFileSync(`${base}.evtx`)
          : header;
    fs.writeFileSync(args[2], content);
    return 0;
  }
  let events = (fs.readFileSync(`${base}.xml`, 'utf8').match(/<Event [\s\S]*?<\/Event>/g) || []).map((x) => ({
    x,
    id: Number(/<EventRecordID>(\d+)/.exec(x)[1]),
    t: /SystemTime='([^']+)'/.exec(x)[1],
    eventId: Number(/<EventID[^>]*>(\d+)</.exec(x)[1]),
  }));
  const q = (args.find((a) => a.startsWith('/q:')) || '').slice(3);
  let m = /EventRecordID>(\d+)/.exec(q);
  if (m) events = events.filter((e) => e.id > Number(m[1]));
  m = /@SystemTime>='([^']+)'/.exec(q);
  if (m) events = events.filter((e) => e.t.slice(0, 23) >= m[1].slice(0, 23));
  const ids = [...q.matchAll(/EventID=(\d+)/g)].map((x) => Number(x[1]));
  if (ids.length) events = events.filter((e) => ids.includes(e.eventId));
  if (args.includes('/rd:true')) events.reverse();
  const c = args.find((a) => a.startsWith('/c:'));
  if (c) events = events.slice(0, Number(c.slice(3)));
  process.stdout.write(events.map((e) => e.x).join('\r\n') + (events.length ? '\r\n' : ''));
  return 0;
}

/** One entry of a log folder: a file named by its time (microseconds, fixed width) and process id, whole. */
function logEntry(log, value) {
  const folder = path.join(dir, log);
  fs.mkdirSync(folder, { recursive: true });
  const at = Math.round((performance.timeOrigin + performance.now()) * 1000)
    .toString()
    .padStart(20, '0');
  const name = path.join(folder, `${at}-${process.pid}`);
  fs.writeFileSync(`${name}.tmp`, JSON.stringify(value));
  fs.renameSync(`${name}.tmp`, `${name}.json`);
}

function run(program, args) {
  logEntry('calls', [program, ...args]);
  const exit = program === 'reg' ? reg(args) : wevtutil(args);
  logEntry('answers', [exit, program, ...args]);
  return exit;
}

// Run as a script (`node windows-stand-ins.cjs wevtutil <args>`), or preloaded (NODE_OPTIONS=--require) into
// a copy of node.exe named wevtutil.exe or reg.exe (Windows, Wine): there Node has made the first argument
// a path, and the program stops before Node looks for it as a script.
const self = path.basename(process.execPath).toLowerCase().replace(/\.exe$/, '');
if (self === 'wevtutil' || self === 'reg') {
  process.exit(run(self, process.argv.slice(1).map((a, i) => (i === 0 ? path.basename(a) : a))));
} else if (require.main === module) {
  process.exitCode = run(process.argv[2], process.argv.slice(3));
}
