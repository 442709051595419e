/** Readers told which fields the consumer reads decode only those, and analysis keeps the same events. */
import { describe, expect, it } from 'vitest';
import { fieldsForAnalysis, neededForAnalysis } from '../../src/diagnose/analysis-reads.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { buildTimeline, readEvtx } from '../../src/platform/node/files.js';
import { corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';

const STOLEN = 'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs';
const SETS = [
  STOLEN,
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat',
  'mdecrevoisier__EVTX-to-MITRE-Attack',
];

describe.skipIf(!HAVE_CORPUS)(`field selection (${HAVE_CORPUS ? 'corpus' : NO_CORPUS_REASON})`, () => {
  it('decodes a dropped logon down to its LogonType, a kept one and the rest whole', async () => {
    const LOGON_TYPE = new Set(['LogonType']);
    const picked: NormalizedEvent[] = [];
    const select = {
      pick: (e: NormalizedEvent) => (e.eventId === 4624 ? LOGON_TYPE : e.eventId !== 4634),
      whole: (e: NormalizedEvent) => e.data.LogonType === '10',
    };
    for await (const batch of readEvtx(corpusPath(`${STOLEN}/Security.evtx`), { warn: () => {}, select }))
      picked.push(...batch);
    const full: NormalizedEvent[] = [];
    for await (const batch of readEvtx(corpusPath(`${STOLEN}/Security.evtx`), { warn: () => {} })) full.push(...batch);
    expect(picked.length).toBe(full.length);
    const counts = { partial: 0, whole: 0, none: 0 };
    picked.forEach((e, i) => {
      const f = full[i];
      expect({ ...e, data: {} }).toEqual({ ...f, data: {} });
      if (e.eventId === 4624 && f.data.LogonType !== '10') {
        expect(e.data).toEqual({ LogonType: f.data.LogonType });
        counts.partial++;
      } else if (e.eventId === 4634) {
        expect(e.data).toEqual({});
        counts.none++;
      } else {
        expect(e.data).toEqual(f.data);
        if (e.eventId === 4624) counts.whole++;
      }
    });
    expect(counts.partial).toBeGreaterThan(100);
    expect(counts.whole).toBeGreaterThan(0);
    expect(counts.none).toBeGreaterThan(100);
  });

  it.each(SETS)('analysis keeps the same events from %s when readers decode only what it reads', async (set) => {
    const keep = neededForAnalysis();
    const full = await buildTimeline([corpusPath(set)], { keep });
    const selected = await buildTimeline([corpusPath(set)], { keep, select: fieldsForAnalysis() });
    expect(selected.events).toEqual(full.events);
    expect(selected.channelCounts).toEqual(full.channelCounts);
    expect(selected.span).toEqual(full.span);
  });
});
