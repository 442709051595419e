/**
 * The client control's disconnect reason 519 (0x207): Network Level Authentication ended the connection after the
 * credentials were given, as programs that host the control print it (mRemoteNG's "RDP disconnected!" and the number).
 * The Windows App prints the same number in hex under its own dialog, read in its own table.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { causeIds, mainReading } from '../helpers/explain.js';

describe('disconnect reason 519 (0x207)', () => {
  it('a host program\'s "RDP disconnected!" with 519 under it: NLA', () => {
    const paste = 'WarningMsg\n03/02/2021 09:12:05\nRDP disconnected!\n519';
    expect(mainReading(paste)).toMatchObject({ table: 'mstsc', name: 'NlaAuthenticationFailed519' });
    expect(causeIds(paste)[0]).toBe(credsspNla.id);
  });

  it('labelled as a disconnect reason, in decimal or hex', () => {
    for (const paste of ['Disconnect reason: 519', 'disconnected with reason 0x207']) {
      expect(mainReading(paste)?.name).toBe('NlaAuthenticationFailed519');
      expect(causeIds(paste)[0]).toBe(credsspNla.id);
    }
  });

  it("typed alone: the control's reading first, the Windows App's beside it", () => {
    const e = explainCode('0x207');
    expect(e.primary?.name).toBe('NlaAuthenticationFailed519');
    expect(e.otherReadings.map((r) => r.name)).toContain('WindowsApp 0x207');
  });

  it("true twin: under the Windows App's own dialog the number is the app's, its credentials first", () => {
    const paste = "We couldn't connect to the remote PC. This might be due to an expired password. Error code: 0x207";
    expect(mainReading(paste)?.table).toBe('clientApp');
    expect(causeIds(paste)[0]).toBe(authBadCredentials.id);
  });

  it('near miss: its neighbour 516 in the same frame is the socket that did not connect', () => {
    const paste = 'WarningMsg\n03/02/2021 09:12:05\nRDP disconnected!\n516';
    expect(causeIds(paste)[0]).toBe(networkUnreachable.id);
    expect(causeIds(paste)).not.toContain(credsspNla.id);
  });
});
