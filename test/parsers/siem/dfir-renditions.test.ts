/**
 * The responders' tools' renditions of sample scenario folders (scripts/dfir-renditions.mjs: Velociraptor's EVTX
 * rows and a hunt's export, EvtxHunter rows, EvtxECmd CSV and JSON, Chainsaw dump and hunt) read back: the lossless
 * ones give the same attempts (outcome, top cause, user, client, start to the millisecond) and the same findings as
 * the folder's own logs, through the metamorphic harness's comparison; the lossy one (EvtxHunter: whole seconds,
 * no ActivityID) never turns a verdict into its opposite.
 *
 * Here, the fast tier, on the fewest of the fast tier's scenarios that together hold every event kind they hold
 * (`everyEventKind`: a rendition writes each event by its kind's fields), and read as `analyze` reads them on the
 * scenarios whose verdicts rest on the fields it decodes last; the others in the slow tier
 * (dfir-renditions-rest.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzedRenditionsOf, eventKinds, everyEventKind, renditionsOf } from '../../helpers/dfir-renditions.js';
import { METAMORPHIC_FAST } from '../../helpers/samples.js';

const KINDS = await everyEventKind();

describe('the scenarios that hold every event kind', () => {
  it('are some of the fast tier’s, not all, and hold every kind those hold', async () => {
    expect(KINDS.length).toBeGreaterThan(1);
    expect(KINDS.length).toBeLessThan(METAMORPHIC_FAST.length);
    expect(KINDS.filter((k) => !METAMORPHIC_FAST.includes(k))).toEqual([]);
    const held = new Set((await Promise.all(KINDS.map(eventKinds))).flatMap((k) => [...k]));
    const all = (await Promise.all(METAMORPHIC_FAST.map(eventKinds))).flatMap((k) => [...k]);
    expect(all.filter((k) => !held.has(k))).toEqual([]);
    expect(held.size).toBeGreaterThan(20);
  });
});

renditionsOf(KINDS);

/** Scenarios whose verdicts rest on fields read only once the selection wants the event whole. */
const SELECTED = [
  'samples/sysmon-inbound-moved-port',
  'samples/attack-path-lateral-chain',
  'samples/host-log-rcm-admin-accepted',
  'samples/portproxy-far-end',
];

analyzedRenditionsOf(SELECTED);
