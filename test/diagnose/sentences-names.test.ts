/** An account Windows does not name ('-') is never written as "-\-" in a sentence (issue 23 slip). */
import { describe, expect, it } from 'vitest';
import { fillSentences } from '../../src/diagnose/sentences.js';
import { UNMARKED } from '../../src/model/value-marks.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { wevtutilStream } from '../helpers/xml-events.js';

const failure = (user: string, domain: string) =>
  eventsFromXml(
    wevtutilStream([
      {
        id: 4625,
        time: '2024-02-01T10:00:00Z',
        record: 1,
        channel: 'Security',
        provider: 'Microsoft-Windows-Security-Auditing',
        eventData: { TargetUserName: user, TargetDomainName: domain, Status: '0xC000006E', LogonType: '3' },
      },
    ]),
  )[0];

const SENTENCE = 'Windows refused the sign-in of {f.TargetDomainName}\\{f.TargetUserName} (Security 4625).';

describe('sentences and unnamed accounts', () => {
  it('drops a sentence whose account is "-" (the evidence speaks instead)', () => {
    expect(
      fillSentences([SENTENCE], [{ clause: { name: 'f' }, events: [failure('-', '-')] }], undefined, UNMARKED),
    ).toBe('');
  });

  it('near miss: a named account fills it', () => {
    const text = fillSentences(
      [SENTENCE],
      [{ clause: { name: 'f' }, events: [failure('ines', 'CORP')] }],
      undefined,
      UNMARKED,
    );
    expect(text).toMatch(/sign-in of .*CORP.*\\.*ines/);
  });
});
