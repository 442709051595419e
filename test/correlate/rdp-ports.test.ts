/**
 * Issue 49: a computer's Remote Desktop ports come from its own records, one rule (src/correlate/rdp-ports.ts) for
 * every reader: the Sysmon inbound attempts on a listener moved to 80 or 3390 or behind a port proxy, and the port
 * proxy's users. The near miss: web traffic to port 80 where Remote Desktop was never moved raises nothing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correlate } from '../../src/correlate/index.js';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { neededForAnalysis } from '../../src/diagnose/analysis-reads.js';
import { ROOT } from '../helpers/cli.js';
import { eventsFromXml, sampleXml } from '../helpers/pipeline.js';

const FOLDER = 'samples/sysmon-inbound-moved-port';
const files = readdirSync(join(ROOT, FOLDER)).filter((f) => f.endsWith('.xml'));
const all = files.flatMap((f) => eventsFromXml(sampleXml(`${FOLDER}/${f}`), f));
const one = (name: string) => eventsFromXml(sampleXml(`${FOLDER}/${name}`), name);

const inbound = (events = all) =>
  correlate(events).map((a) => [a.computer.split('.')[0], a.client.address, a.outcome, a.connection]);

describe('Remote Desktop ports from the host’s own records', () => {
  it('a listener moved to 80 (Sysmon 13 PortNumber), bound on 3390 (RdpCoreTS 129), a port proxy’s 4489', () => {
    expect(inbound()).toEqual([
      ['LAB-PC08', '203.0.113.45', 'unknown', 'tcp'],
      ['HR-PC21', '203.0.113.45', 'unknown', 'tcp'],
      ['HR-PC21', '203.0.113.45', 'unknown', 'tcp'],
      ['FIN-RDS03', '198.51.100.61', 'unknown', 'tcp'],
      ['KIOSK-07', '203.0.113.90', 'unknown', 'tcp'],
    ]);
  });

  it('each says why the port is Remote Desktop’s', () => {
    const reasons = correlate(all).map((a) => a.outcomeReason);
    expect(reasons[0]).toMatch(/port 8443, where the computer's own records moved Remote Desktop's listener/);
    expect(reasons[1]).toMatch(/port 80, where the computer's own records moved Remote Desktop's listener/);
    expect(reasons[3]).toMatch(/port 3390, where Remote Desktop's listener said it listens: RdpCoreTS 129/);
    expect(reasons[4]).toMatch(/port 4489, a port proxy's that forwards to Remote Desktop at 127\.0\.0\.1:3389/);
  });

  it('a port is Remote Desktop’s only from the record that set it until one moved it back', () => {
    // LAB-PC08: 8443 from 09:00 to 09:45; the service host's flows at 08:40 and 10:20 are another service's.
    const lab = one('LAB-PC08-Sysmon.xml');
    expect(correlate(lab).map((a) => [a.start, a.client.address])).toEqual([
      ['2025-10-07T09:20:44.3000000Z', '203.0.113.45'],
    ]);
    // Without the move back, the flow at 10:20 is one too; without the move, none is.
    const noBack = lab.filter((e) => !(e.eventId === 13 && e.data.Details?.includes('0x00000d3d')));
    expect(correlate(noBack).map((a) => a.client.address)).toEqual(['203.0.113.45', '192.0.2.70']);
    expect(correlate(lab.filter((e) => e.eventId === 3))).toEqual([]);
  });

  it('a later start of the listeners that binds a port no more (RdpCoreTS 129) ends it', () => {
    const rdpcore = sampleXml(`${FOLDER}/FIN-RDS03-RdpCoreTS-Operational.xml`);
    const restart = rdpcore
      .split('\n')
      .filter((l) => l.includes('<EventID>129</EventID>'))
      .map((l, i) =>
        l
          .replace('2025-10-07T06:00:11', '2025-10-07T11:00:03')
          .replace("'Port'>3390<", "'Port'>3389<")
          .replace(/<EventRecordID>\d+</, `<EventRecordID>${77001 + i}<`),
      );
    const later = eventsFromXml(rdpcore.replace('</Events>', `${restart.join('\n')}\n</Events>`));
    // Bound on 3390 at 06:00, on 3389 alone at 11:00: the flow to 3390 at 11:20 is no Remote Desktop connection.
    expect(inbound([...later, ...one('FIN-RDS03-Sysmon.xml')])).toEqual([]);
    // A restart that binds 3390 again keeps it.
    const again = eventsFromXml(
      rdpcore.replace(
        '</Events>',
        `${restart.map((l) => l.replace("'Port'>3389<", "'Port'>3390<")).join('\n')}\n</Events>`,
      ),
    );
    expect(inbound([...again, ...one('FIN-RDS03-Sysmon.xml')]).map((a) => a[0])).toEqual(['FIN-RDS03']);
  });

  it.each([['netsh interface portproxy delete v4tov4 listenport=4489'], ['netsh i p d v l=4489']])(
    'a port proxy deleted (%s) is no Remote Desktop port after',
    (command) => {
      const kiosk = sampleXml(`${FOLDER}/KIOSK-07-Sysmon.xml`);
      const add = kiosk.split('\n').find((l) => l.includes('<EventID>1</EventID>'))!;
      const del = add
        .replace(/SystemTime='[^']*'/, "SystemTime='2025-10-07T13:10:00.0000000Z'")
        .replace(/<EventRecordID>\d+</, '<EventRecordID>99001<')
        .replace(/<Data Name='CommandLine'>[^<]*</, `<Data Name='CommandLine'>${command}<`);
      const events = eventsFromXml(kiosk.replace('</Events>', `${del}\n</Events>`));
      expect(correlate(events).filter((a) => a.client.address === '203.0.113.90')).toEqual([]);
      expect(neededForAnalysis()(eventsFromXml(`<Events>${del}</Events>`)[0]!)).toBe(true);
    },
  );

  it('the near miss: web traffic to port 80 on a computer whose Remote Desktop was never moved is no attempt', () => {
    expect(inbound(one('WEB-IIS05-Sysmon.xml'))).toEqual([]);
    // Not even beside a computer whose listener was moved to 80: the ports are each computer's own.
    expect(inbound([...one('WEB-IIS05-Sysmon.xml'), ...one('HR-PC21-Sysmon.xml')]).map((a) => a[0])).toEqual([
      'HR-PC21',
      'HR-PC21',
    ]);
  });

  it('without the record that moved it, port 80 is no Remote Desktop port', () => {
    const flows = one('HR-PC21-Sysmon.xml').filter((e) => e.eventId === 3);
    expect(inbound(flows)).toEqual([]);
    const udp = one('FIN-RDS03-RdpCoreTS-Operational.xml').filter((e) => e.data.TransportProtocolName === 'UDP');
    expect(inbound([...udp, ...one('FIN-RDS03-Sysmon.xml')])).toEqual([]);
  });

  it.each([
    [
      'reg add',
      'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp" /v PortNumber /t REG_DWORD /d 80 /f',
    ],
    [
      'Set-ItemProperty',
      "Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp' -Name PortNumber -Value 0x50",
    ],
  ])('the port moved by a command line (%s, Sysmon 1)', (_, command) => {
    const xml = sampleXml(`${FOLDER}/HR-PC21-Sysmon.xml`)
      .replace(/<EventID>13<\/EventID>/, '<EventID>1</EventID>')
      .replace(
        /<Data Name='TargetObject'>[^<]*<\/Data>/,
        `<Data Name='CommandLine'>${command.replace(/"/g, '&quot;')}</Data>`,
      );
    expect(inbound(eventsFromXml(xml)).map((a) => a[0])).toEqual(['HR-PC21', 'HR-PC21']);
  });

  it('a listener that writes itself as the flow’s source (some Sysmon builds): the client is the other end', () => {
    const xml = sampleXml(`${FOLDER}/FIN-RDS03-Sysmon.xml`)
      .replace("'SourceIp'>198.51.100.61<", "'SourceIp'>192.0.2.33<")
      .replace("'SourcePort'>49822<", "'SourcePort'>3390<")
      .replace("'DestinationIp'>192.0.2.33<", "'DestinationIp'>198.51.100.61<")
      .replace("'DestinationPort'>3390<", "'DestinationPort'>49822<");
    const events = [...one('FIN-RDS03-RdpCoreTS-Operational.xml'), ...eventsFromXml(xml)];
    expect(correlate(events).map((a) => [a.client.address, a.client.port])).toEqual([['198.51.100.61', 49822]]);
  });

  it('the moved listener’s finding tells the connections that reached it, though no sign-in is on record', async () => {
    const { findings, attempts } = analyzeEvents(all);
    const enabled = findings.find((f) => f.id === 'rdp-enabled' && f.computer.startsWith('HR-PC21'))!;
    const ids = attempts.filter((a) => a.computer.startsWith('HR-PC21')).map((a) => a.id);
    expect(enabled.attempts).toEqual(ids);
    expect(enabled.explanation).toMatch(
      /But 2 connections from 203\.0\.113\.45, which had not signed in on HR-PC21\S* before, reached Remote Desktop/,
    );
  });

  it('reading keeps the inbound flows to a service host on any port, and the records that name the ports', () => {
    const keep = neededForAnalysis();
    expect(all.filter((e) => e.eventId === 3 && e.data.Image?.endsWith('svchost.exe')).every(keep)).toBe(true);
    expect(all.filter((e) => e.eventId === 13 || e.eventId === 129).every(keep)).toBe(true);
  });
});
