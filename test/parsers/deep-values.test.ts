import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUT_VALUE, cutDeepValues, MAX_VALUE_DEPTH } from '../../src/model/json-depth.js';
import { rdpdiag, ROOT } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';

const DEPTH = 5_000;
const ecs = readFileSync(join(ROOT, 'samples/siem/ecs/winlogbeat8-hits.ndjson'), 'utf8').split('\n');
const sentinel = JSON.parse(readFileSync(join(ROOT, 'samples/siem/sentinel/windowsevent.json'), 'utf8'))[0];
const nested = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

/** One record nested 5,000 deep in each reader that parses JSON or XML. */
function deepInputs(dir: string): Record<string, string> {
  const ecsDeep = ecs[1]!.replace('"event_data":{', `"event_data":{"X":${nested},`);
  expect(ecsDeep).not.toBe(ecs[1]);
  const sentinelDeep = JSON.stringify(sentinel).replace('"EventData":{', `"EventData":{"X":${nested},`);
  const powershell = `{"Id":261,"TimeCreated":"/Date(1715328197000)/","RecordId":1,"ProviderName":"Microsoft-Windows-TerminalServices-RemoteConnectionManager","LogName":"Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational","MachineName":"a","Properties":[{"Value":${nested}}]}\n`;
  const xml = `<Events><Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="x"/><EventID>261</EventID><TimeCreated SystemTime="2024-05-10T08:03:17.000Z"/><EventRecordID>1</EventRecordID><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>a</Computer></System><UserData>${'<a>'.repeat(DEPTH)}x${'</a>'.repeat(DEPTH)}</UserData></Event></Events>`;
  const files = {
    'ecs.ndjson': `${ecs[0]}\n${ecsDeep}\n`,
    'array.ndjson': `${'['.repeat(DEPTH)}${ecs[0]}${']'.repeat(DEPTH)}\n${ecs[1]}\n`,
    'sentinel.json': `${sentinelDeep}\n`,
    'powershell.json': powershell,
    'events.xml': xml,
  };
  for (const [name, text] of Object.entries(files)) writeTemp(dir, name, text);
  return files;
}

describe('a record nested 5,000 deep', () => {
  it('cuts values below the limit with a walk of its own', () => {
    const cut = cutDeepValues(JSON.parse(nested), 3) as { a: { a: { a: unknown } } };
    expect(cut.a.a.a).toBe(CUT_VALUE);
    expect(cutDeepValues([1, [2, [3]]], 3)).toEqual([1, [2, [3]]]);
    expect(cutDeepValues([1, [2, [3, [4]]]], 3)).toEqual([1, [2, [3, CUT_VALUE]]]);
  });

  it('never crashes analyze, timeline or dump: the values below the limit are cut, with a warning naming file and line', async () => {
    const dir = tempDir();
    const files = deepInputs(dir);
    for (const name of Object.keys(files)) {
      for (const command of ['analyze', 'timeline', 'dump']) {
        const r = await rdpdiag([command, join(dir, name)]);
        expect(r.stderr, `${command} ${name}`).not.toMatch(/call stack|unexpected failure/);
        expect([0, 1, 2], `${command} ${name}`).toContain(r.code);
        if (name === 'ecs.ndjson' || name === 'sentinel.json' || name === 'powershell.json')
          expect(r.stderr).toContain(
            `${join(dir, name)}:${name === 'ecs.ndjson' ? 2 : 1}: a record nested deeper than ${MAX_VALUE_DEPTH} levels`,
          );
      }
    }
    // The deep record's event is still read.
    const ecsRun = await rdpdiag(['timeline', join(dir, 'ecs.ndjson'), '--format', 'csv']);
    expect(ecsRun.stdout.trim().split('\n').length).toBe(3);
  });
});
