/**
 * Every TCP connection Sysmon saw come into Remote Desktop's listener is an attempt (issue 65: SharpRDP's four
 * connections, seconds apart from one source, were three): flows of one client a few seconds apart, each from its own
 * port, are four attempts; one record read twice is still one.
 */
import { describe, expect, it } from 'vitest';
import { analyzeXml, sampleXml } from '../helpers/pipeline.js';

const FLOW = sampleXml('samples/findings/rdp-typed-commands/sharprdp-target.xml')
  .split('\n')
  .find((l) => l.includes('<EventID>3</EventID>'))!;

function flow(record: number, time: string, port: number): string {
  return FLOW.replace(/<EventRecordID>\d+<\/EventRecordID>/, `<EventRecordID>${record}</EventRecordID>`)
    .replace(/SystemTime='[^']*'/, `SystemTime='2025-11-14T${time}Z'`)
    .replace(/<Data Name='UtcTime'>[^<]*</, `<Data Name='UtcTime'>2025-11-14 ${time.slice(0, 12)}<`)
    .replace(/<Data Name='SourcePort'>\d+</, `<Data Name='SourcePort'>${port}<`);
}

const xml = (flows: string[]) => `<Events>\n${flows.join('\n')}\n</Events>\n`;

describe('Sysmon inbound flows to the listener', () => {
  it('four connections of one client seconds apart, each from its own port: four attempts', () => {
    const flows = [
      flow(9001, '11:30:00.1000000', 50200),
      flow(9002, '11:30:04.2000000', 50201),
      flow(9003, '11:30:09.3000000', 50202),
      flow(9004, '11:30:15.4000000', 50203),
    ];
    const attempts = analyzeXml(xml(flows)).attempts;
    expect(attempts.map((a) => a.client.port)).toEqual([50200, 50201, 50202, 50203]);
    expect(attempts.every((a) => a.outcome === 'unknown')).toBe(true);
  });

  it('one flow recorded twice (the same client port, another record) is one attempt', () => {
    const attempts = analyzeXml(
      xml([flow(9011, '11:40:00.1000000', 50300), flow(9012, '11:40:00.1000000', 50300)]),
    ).attempts;
    expect(attempts).toHaveLength(1);
  });
});
