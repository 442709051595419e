/**
 * Clause scopes (src/diagnose/scope.ts): the one home of their defaults, and the path scope's join, by time
 * plus a key, never by time alone.
 */
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../patterns/index.js';
import { HostNames } from '../../src/correlate/index.js';
import { joinsAttempt, liveRetention, lookedAt, reachOf } from '../../src/diagnose/scope.js';
import { type Attempt, serverLogged } from '../../src/model/attempt.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { analyzeXml, sampleXml } from '../helpers/pipeline.js';

const names = HostNames.fromEvents([{ computer: 'RDGW01.corp.example.test' }]);

function attempt(o: Partial<Attempt>): Attempt {
  return { side: 'client', computer: 'WS-CAROL.corp.example.test', client: {}, server: {}, ...o } as Attempt;
}

function gatewayEvent(data: Record<string, string>): NormalizedEvent {
  return { computer: 'RDGW01.corp.example.test', data } as unknown as NormalizedEvent;
}

const BY_ALL = { target: 'Resource', user: 'Username', client: 'IpAddress' } as const;

describe('clause scopes', () => {
  it('give window, path and client clauses 5 s around the attempt and history a day back, unless they say', () => {
    expect(reachOf({ scope: 'window' })).toEqual({ beforeMs: 5000, afterMs: 5000 });
    expect(reachOf({ scope: 'path' })).toEqual({ beforeMs: 5000, afterMs: 5000 });
    expect(reachOf({ scope: 'client', before: 30 })).toEqual({ beforeMs: 30_000, afterMs: 5000 });
    expect(reachOf({ scope: 'history' })).toEqual({ beforeMs: 86_400_000, afterMs: 0 });
    expect(reachOf({ scope: 'attempt' })).toEqual({ beforeMs: 0, afterMs: 0 });
    expect(lookedAt(reachOf({ scope: 'window', after: 10 }), { startMs: 100_000, endMs: 200_000 })).toEqual([
      95_000, 210_000,
    ]);
  });

  it('keep, in --follow, each id as long as the clauses that read it look', () => {
    const r = liveRetention(PATTERNS, [], 60_000);
    expect(r.keepMs.get(201)).toBe(10_000); // gateway-denied's path clause: 5 s before and after
    expect(r.wanted.has(301)).toBe(true);
  });
});

describe('path scope', () => {
  const refused = gatewayEvent({
    Username: 'CORP\\carol',
    IpAddress: '203.0.113.40',
    Resource: 'RDSH06.corp.example.test',
  });

  it('joins an event that names the attempt by a key both sides know', () => {
    expect(joinsAttempt(refused, BY_ALL, attempt({ server: { name: 'rdsh06.corp.example.test' } }), names)).toBe(true);
    expect(
      joinsAttempt(
        refused,
        { user: 'Username' },
        attempt({ side: 'server', computer: 'RDSH06', user: 'carol' }),
        names,
      ),
    ).toBe(true);
  });

  it('never joins by time alone: no key known on both sides, no join', () => {
    expect(joinsAttempt(refused, BY_ALL, attempt({}), names)).toBe(false);
    expect(joinsAttempt(gatewayEvent({ Username: 'CORP\\carol' }), { target: 'Resource' }, attempt({}), names)).toBe(
      false,
    );
  });

  it('does not join when a key both sides know disagrees, whatever the others say', () => {
    const other = attempt({ server: { name: 'RDSH06.corp.example.test' }, client: { address: '198.51.100.7' } });
    expect(joinsAttempt(refused, BY_ALL, other, names)).toBe(false);
    expect(joinsAttempt(refused, BY_ALL, attempt({ server: { name: 'RDSH07.corp.example.test' } }), names)).toBe(false);
  });
});

describe('via', () => {
  const sample = sampleXml('samples/patterns/gateway-denied/sample.xml');

  it("names the RD Gateway a session host's connection came through and the client's own address there, which is the attempt's client", () => {
    const reached = analyzeXml(sample).attempts.filter(serverLogged);
    // The host saw the gateway's address (198.51.100.7); the client is the outside one the gateway's log names.
    expect(reached.map((a) => [a.computer, a.client.address, a.via])).toEqual([
      [
        'RDSH05.corp.example.test',
        '203.0.113.40',
        { gateway: 'RDGW01.corp.example.test', clientAddress: '203.0.113.40' },
      ],
    ]);
  });

  it('is not claimed from a gateway connection of another user to the same host at the same moment', () => {
    const other = sample.replace(
      /<Username>CORP\\carol<\/Username><IpAddress>203\.0\.113\.40<\/IpAddress><AuthType><\/AuthType><Resource>RDSH05/g,
      '<Username>CORP\\dave</Username><IpAddress>203.0.113.40</IpAddress><AuthType></AuthType><Resource>RDSH05',
    );
    expect(other).not.toBe(sample);
    const reached = analyzeXml(other).attempts.filter(serverLogged);
    expect(reached.map((a) => a.via)).toEqual([undefined]);
  });
});
