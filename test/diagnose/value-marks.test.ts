/**
 * Whether values from the logs are marked for the redactor is each run's own choice (issue 29: no module
 * state): a redacted analysis and a plain one of the same events, in any order, each get their own marks.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { LiveAnalyzer } from '../../src/follow/live-analyzer.js';
import { MARKED, UNMARKED, VALUE_CLOSE, VALUE_OPEN, withoutMarks } from '../../src/model/value-marks.js';
import { eventsFromXml, sampleXml } from '../helpers/pipeline.js';

const events = eventsFromXml(sampleXml('samples/patterns/auth-bad-credentials/sample.xml'));

/** rdpdiag's sentences of one run (evidence summaries are cut to a width the marks count in, so left out). */
function sentences(marks: typeof MARKED): string {
  const a = analyzeEvents(events, { marks });
  const said = (x: { title: string; explanation: string; remediation: readonly string[] }) => [
    x.title,
    x.explanation,
    x.remediation,
  ];
  return JSON.stringify([a.attempts.flatMap((x) => x.causes.map(said)), a.findings.map(said), a.incidents.map(said)]);
}

function summaries(marks: typeof MARKED): string {
  return JSON.stringify(analyzeEvents(events, { marks }).attempts.flatMap((x) => x.causes.map((c) => c.evidence)));
}

describe('value marks are per run', () => {
  it('a marked run marks, a plain one beside it does not, whichever runs first', () => {
    const plainFirst = sentences(UNMARKED);
    const marked = sentences(MARKED);
    const plainAfter = sentences(UNMARKED);
    expect(plainFirst).not.toMatch(/[\uE000\uE001]/);
    expect(plainAfter).toBe(plainFirst);
    expect(marked).toContain(VALUE_OPEN);
    expect(marked).toContain(VALUE_CLOSE);
    expect(withoutMarks(marked)).toBe(plainFirst);
  });

  it('evidence summaries cached for a marked run are not handed to a plain one', () => {
    const marked = summaries(MARKED);
    const plain = summaries(UNMARKED);
    expect(marked).toContain(VALUE_OPEN);
    expect(plain).not.toMatch(/[\uE000\uE001]/);
  });

  it('no option: nothing marked', () => {
    expect(JSON.stringify(analyzeEvents(events).attempts.map((x) => x.causes))).not.toMatch(/[\uE000\uE001]/);
  });
});

describe('value marks in a live run (--follow --redact)', () => {
  const live = (marks?: typeof MARKED) => {
    const analyzer = new LiveAnalyzer(marks ? { marks } : {});
    analyzer.add(events, 0);
    const first = analyzer.run(0).attempts;
    return JSON.stringify([...first, ...analyzer.run(120_000).attempts].map((a) => a.causes));
  };

  it('marks only the analyzer told to, two side by side', () => {
    const marked = live(MARKED);
    const plain = live();
    expect(marked).toContain(VALUE_OPEN);
    expect(plain).not.toMatch(/[\uE000\uE001]/);
  });
});
