// What depends on an attempt's side is one switch per question in src/model/attempt.ts (tsc names each for a new
// side); this pins each answer for every side.
import { describe, expect, it } from 'vitest';
import { type AttemptSide, clientComputerOf, hopLogged, serverLogged, sideRole } from '../../src/model/attempt.js';

const SIDES = ['server', 'client', 'both', 'gateway'] as const;
// Every side is in the list: a new one fails to compile here until its row below is written.
const everySide: [Exclude<AttemptSide, (typeof SIDES)[number]>] extends [never] ? true : false = true;

describe('an attempt side', () => {
  it.each([
    ['server', 'server', true, false, 'WS-CLIENT'],
    ['client', 'client', false, false, 'HOST'],
    ['both', 'server', true, false, 'WS-CLIENT'],
    ['gateway', 'gateway', false, true, 'WS-CLIENT'],
  ] as const)('%s: role %s, server-logged %s, hop-logged %s, made from %s', (side, role, server, hop, from) => {
    expect(everySide).toBe(true);
    expect(SIDES).toContain(side);
    expect(sideRole(side)).toBe(role);
    expect(serverLogged({ side })).toBe(server);
    expect(hopLogged({ side })).toBe(hop);
    expect(clientComputerOf({ side, computer: 'HOST', clientComputer: 'WS-CLIENT' })).toBe(from);
  });
});
