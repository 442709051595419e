/**
 * The attacker's path across computers (issue 23), on samples written for it: an attack on one computer whose
 * session opens Remote Desktop to another (both ends logged, one attempt), and whose source then signs in on
 * the other computer directly; its near miss, where the other computer's logon comes from another address.
 * And the view: `--since`, `--until` and `--computer` choose what is shown of the analysis of everything.
 */
import { PROSE_FORMAT_NAMES } from '../../src/report/formats.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import type { SecurityFinding } from '../../src/model/attempt.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { rdpdiag } from '../helpers/cli.js';
import { SAMPLES } from '../helpers/samples.js';

const LATERAL = join(SAMPLES, 'attack-path-lateral-and-elsewhere');
const NEAR_MISS = join(SAMPLES, 'attack-path-near-miss-other-source');

async function attackOf(folder: string) {
  const analysis = analyzeEvents((await buildTimeline([folder])).events);
  const attack = analysis.findings.find((f) => f.id === 'password-guessing') as SecurityFinding;
  return { analysis, attack };
}

describe("the attack's story across computers", () => {
  it('follows the chain: from the session a hop reached, the next hop (APP01 → FILE01 → DB01)', async () => {
    const { analysis, attack } = await attackOf(join(SAMPLES, 'attack-path-lateral-chain'));
    const byStart = (t: string) => analysis.attempts.find((a) => a.start.includes(t))!;
    const [hop1, hop2, ...more] = attack.burst.lateralMovement ?? [];
    expect(more).toEqual([]);
    expect(hop1).toMatchObject({
      attempt: byStart('T01:20:02').id,
      from: 'APP01.example.test',
      to: 'FILE01.example.test',
      hop: 1,
    });
    expect(hop1!.after).toBeUndefined();
    expect(hop2).toMatchObject({
      attempt: byStart('T01:25:02').id,
      session: hop1!.attempt,
      from: 'FILE01.example.test',
      to: 'DB01.example.test',
      toAddress: '192.0.2.30',
      hop: 2,
      after: hop1!.attempt,
      bothEnds: true,
    });
    const second = analysis.findings.find((f) => f.id === 'lateral-movement' && f.computer === 'FILE01.example.test');
    expect(second?.title).toMatch(/FILE01\.example\.test to DB01\.example\.test \(hop 2\)/);
    expect(second?.explanation).toMatch(
      new RegExp(
        `The chain so far: 203\\.0\\.113\\.50 → APP01\\.example\\.test \\(${byStart('T01:10:39').id}\\) → FILE01\\.example\\.test \\(${hop1!.attempt}\\) → DB01\\.example\\.test \\(${hop2!.attempt}\\)`,
      ),
    );
  });

  it('names the lateral movement with both ends joined, and the source’s logon on the other computer', async () => {
    const { analysis, attack } = await attackOf(LATERAL);
    const byStart = (t: string) => analysis.attempts.find((a) => a.start.includes(t))!;
    const outbound = byStart('T01:20:02');
    expect(outbound).toMatchObject({
      side: 'both',
      computer: 'FILE01.example.test',
      clientComputer: 'APP01.example.test',
    });
    expect(attack.burst.lateralMovement).toEqual([
      {
        attempt: outbound.id,
        session: byStart('T01:10:39').id,
        from: 'APP01.example.test',
        to: 'FILE01.example.test',
        toAddress: '192.0.2.20',
        user: 'EXAMPLE\\svc-backup',
        start: outbound.start,
        end: outbound.end,
        outcome: 'succeeded',
        bothEnds: true,
        hop: 1,
      },
    ]);
    const direct = byStart('T01:50:00');
    expect(attack.burst.signedInElsewhere).toEqual([
      { attempt: direct.id, computer: 'FILE01.example.test', time: direct.start, user: 'EXAMPLE\\svc-backup' },
    ]);
    expect(attack.explanation).toMatch(
      new RegExp(`signed in on other computers too: ${direct.id} on FILE01\\.example\\.test at 2024-06-11 01:50:00Z`),
    );
    const lateral = analysis.findings.find((f) => f.id === 'lateral-movement');
    expect(lateral?.attempts).toEqual([byStart('T01:10:39').id, outbound.id]);
    expect(lateral?.explanation).toMatch(/Both ends are in the logs/);
  });

  it('joins the two ends when mstsc was given the address: by time and the client computer the server’s NLA logon names', async () => {
    const { analysis, attack } = await attackOf(join(SAMPLES, 'attack-path-lateral-by-address'));
    const outbound = analysis.attempts.find((a) => a.clientComputer === 'APP01.example.test')!;
    expect(outbound).toMatchObject({
      side: 'both',
      computer: 'FILE01.example.test',
      server: { address: '192.0.2.20' },
    });
    expect(attack.burst.lateralMovement).toEqual([
      expect.objectContaining({
        attempt: outbound.id,
        to: 'FILE01.example.test',
        toAddress: '192.0.2.20',
        bothEnds: true,
      }),
    ]);
  });

  it('near miss: a logon on the other computer from another address is not the attack’s', async () => {
    const { analysis, attack } = await attackOf(NEAR_MISS);
    expect(analysis.attempts.some((a) => a.client.address === '198.51.100.20' && a.outcome === 'succeeded')).toBe(true);
    expect(attack.burst.signedInElsewhere).toBeUndefined();
    expect(attack.burst.lateralMovement).toBeUndefined();
    expect(attack.explanation).not.toMatch(/other computers|moved on/);
    expect(analysis.findings.map((f) => f.id)).toEqual(['password-guessing']);
  });

  it('every format tells where the attack led', async () => {
    const path =
      /APP01\.example\.test → FILE01\.example\.test \(192\.0\.2\.20\) as EXAMPLE\\svc-backup, 2024-06-11 01:20:02Z → 01:35:00Z \(A\d{3}, both ends logged\)/;
    const elsewhere =
      /signed in on other computers too: FILE01\.example\.test as EXAMPLE\\svc-backup at 2024-06-11 01:50:00Z/;
    for (const format of PROSE_FORMAT_NAMES) {
      const r = await rdpdiag(['analyze', LATERAL, '-q', '--format', format]);
      expect(r.code, format).toBe(1);
      const text = r.stdout.replace(/\s+/g, ' ').replace(/\\\\/g, '\\');
      expect(text, format).toMatch(path);
      expect(text, format).toMatch(elsewhere);
    }
    const near = await rdpdiag(['analyze', NEAR_MISS, '-q']);
    expect(near.stdout).not.toMatch(/moved on|other computers too/);
    expect(near.stdout).toMatch(/198\.51\.100\.20 as EXAMPLE\\jdoe$/m);
  });
});

describe('per-attempt views keep the story', () => {
  it('--attempt says an outbound connection is the attacker moving on, and a logon elsewhere is the source’s', async () => {
    const json = JSON.parse((await rdpdiag(['analyze', LATERAL, '-q', '--format', 'json'])).stdout);
    const attack = json.findings.find((f: { id: string }) => f.id === 'password-guessing');
    const moved = await rdpdiag(['analyze', LATERAL, '-q', '--attempt', attack.lateralMovement[0].attempt]);
    expect(moved.stdout.replace(/\s+/g, ' ')).toMatch(
      /APP01\.example\.test → FILE01\.example\.test .*The attacker moving on from a computer it signed in to: Password guessing from 203\.0\.113\.50/,
    );
    const elsewhere = await rdpdiag(['analyze', LATERAL, '-q', '--attempt', attack.signedInElsewhere[0].attempt]);
    expect(elsewhere.stdout.replace(/\s+/g, ' ')).toMatch(/A sign-in by the attack's source: Password guessing/);
  });
});

describe('the view: the verdict on everything, then filtered', () => {
  it('--computer matches both ends of an attempt, and keeps the attack it belongs to', async () => {
    const json = async (...args: string[]) => {
      const r = await rdpdiag(['analyze', LATERAL, '-q', '--format', 'json', ...args]);
      return { code: r.code, json: JSON.parse(r.stdout) };
    };
    const file = await json('--computer', 'FILE01');
    expect(file.code).toBe(1);
    expect(file.json.attempts.map((a: { start: string }) => a.start.slice(11, 19))).toEqual(['01:20:02', '01:50:00']);
    expect(file.json.findings.map((f: { id: string }) => f.id)).toEqual(['password-guessing', 'lateral-movement']);
    // The attack's incident on APP01 holds no attempt in view.
    expect(file.json.incidents).toEqual([]);
    // APP01's view holds the outbound connection too: APP01 is its client end.
    const app = await json('--computer', 'app01.example.test');
    expect(app.json.attempts.some((a: { start: string }) => a.start.includes('T01:20:02'))).toBe(true);
  });

  it('--since after the attack still says a later logon from its source belongs to it, and exits 1', async () => {
    const r = await rdpdiag(['analyze', LATERAL, '-q', '--since', '2024-06-11T01:45:00Z']);
    expect(r.code).toBe(1);
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toMatch(/^1 RDP connection attempt on 1 computer/);
    expect(text).toMatch(
      /Filtered \(--since 2024-06-11T01:45:00Z\): 1 of the 9 attempts found are shown; attacks, incidents and findings were judged on all of them\./,
    );
    expect(text).toMatch(/ATTACK: password guessing from 203\.0\.113\.50 against APP01\.example\.test/);
    expect(text).toMatch(/203\.0\.113\.50 as EXAMPLE\\svc-backup \(attacker\)/);
    // Nothing of the attack in view: the attempts are A001… as in the whole run, and the exit code is clean.
    const before = await rdpdiag(['analyze', NEAR_MISS, '-q', '--since', '2024-06-11T01:45:00Z', '--format', 'json']);
    expect(before.code).toBe(0);
    const json = JSON.parse(before.stdout);
    expect(json.attempts.map((a: { id: string }) => a.id)).toEqual(['A007']);
    expect(json.findings).toEqual([]);
  });
});
