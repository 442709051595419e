/**
 * The metamorphic harness itself: it finds a changed run's attempts by their records (not their place), and names
 * the rule a planted change breaks; a change of nothing breaks none.
 */
import { describe, expect, it } from 'vitest';
import { eventsFromXml, HEALTHY_SESSION_XML } from '../helpers/pipeline.js';
import { analyzeRendered, compare, identity, type LogFile, readFolder, runOf, transformationsOf } from './harness.js';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

const files: LogFile[] = [{ name: 'healthy.xml', events: eventsFromXml(HEALTHY_SESSION_XML) }];

describe('the metamorphic harness', () => {
  it('finds nothing to say when nothing changed, and each attempt by its first record', async () => {
    const ts = transformationsOf(files);
    const same = ts.find((t) => t.name === 'reorder records within each file')!;
    const base = await analyzeRendered(same.render(files));
    const again = await analyzeRendered(same.render(files));
    const r = compare('healthy', same, base, again);
    expect(r.violations).toEqual([]);
    expect(r.compared).toBe(1);
    expect(identity(base.analysis.attempts[0]!)).toMatch(
      /^WS-ALICE\.corp\.example\.test RDPClient\/Operational #\d+ @2024-\S+ from 192\.0\.2\.\d+$/,
    );
  });

  it('names the rule a flipped outcome breaks, and one an answer moved by the same records breaks', async () => {
    const ts = transformationsOf(files);
    const newest = ts.find((t) => t.name === 'newest first')!;
    const base = await analyzeRendered(newest.render(files));
    const flipped = await analyzeRendered(newest.render(files));
    // Plant the change in the attempt found at another place: the harness must follow its records.
    flipped.analysis.attempts.reverse();
    flipped.analysis.attempts[0]!.outcome = 'failed';
    expect(compare('healthy', newest, base, flipped).violations.map((v) => v.rule)).toEqual(['no-flip']);
    const renamed = await analyzeRendered(newest.render(files));
    renamed.analysis.attempts[0]!.user = 'CORP\\mallory';
    expect(compare('healthy', newest, base, renamed).violations.map((v) => v.rule)).toEqual(['same-logs-same-answer']);
  });

  it('names a record moved into another connection of one address (NAT), and not twins trading places', async () => {
    const nat = await readFolder(join(ROOT, 'samples/09-nat-same-second'));
    const t = transformationsOf(nat).find((x) => x.name === 'newest first')!;
    const base = await analyzeRendered(t.render(nat));
    const swapped = await analyzeRendered(t.render(nat));
    const [kim, lou] = swapped.analysis.attempts;
    // kim's NLA pass (4624 type 3) planted in lou's refused connection, as nearness in time alone would put it.
    const pass = kim!.events.find((e) => e.eventId === 4624 && e.data.LogonType === '3')!;
    kim!.events = kim!.events.filter((e) => e !== pass);
    lou!.events = [...lou!.events, pass];
    const found = compare('nat', t, base, runOf(swapped.analysis)).violations;
    expect(found.map((v) => v.rule)).toEqual(['records-stay-with-their-connection']);
    expect(found[0]!.detail).toContain(`security|${pass.recordId}`);
    // mia's two connections: one account, address and workstation; their session logons trading places is no move.
    const twins = await analyzeRendered(t.render(nat));
    const [, , c, d] = twins.analysis.attempts;
    const logonOf = (a: typeof c) => a!.events.find((e) => e.eventId === 4624 && e.data.LogonType === '10')!;
    const [x, y] = [logonOf(c), logonOf(d)];
    c!.events = c!.events.map((e) => (e === x ? y : e));
    d!.events = d!.events.map((e) => (e === y ? x : e));
    expect(compare('nat', t, base, runOf(twins.analysis)).violations).toEqual([]);
  });

  it('every folder of one log gets the changes that need no second log', () => {
    const names = transformationsOf(files).map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "add an unrelated computer's logs",
        'split each file in two',
        'reorder records within each file',
        'newest first',
        'as Elastic ECS (Winlogbeat 8 hits)',
        'as Splunk JSON export',
        'as Sentinel WindowsEvent',
        'as NXLog im_msvistalog',
        'as Splunk classic WinEventLog',
        'shift all times by a year',
      ]),
    );
    expect(names.some((n) => n.startsWith('remove '))).toBe(false);
  });
});
