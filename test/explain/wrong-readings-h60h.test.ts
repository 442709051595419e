/**
 * Issue 60 round 19 (h60h): readings a review found wrong, one rule each with a near miss beside it. The pastes are
 * written here in the products' own forms (Wireshark's dissection, FreeRDP's and xrdp's log lines), not from any list.
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { causeIds } from '../helpers/explain.js';

describe("Wireshark's dissection of the RDP Negotiation Failure: failureCode by its value string", () => {
  const dissection = (failure: string) =>
    `RDP Negotiation Failure\n    Type: RDP Negotiation Failure (0x03)\n    Flags: 0x00\n    Length: 8\n    failureCode: ${failure}\n`;
  it('reads the failureCode, never the Type byte as a disconnect reason', () => {
    expect(causeIds(dissection('Server requires Enhanced RDP Security with CredSSP (0x00000005)'))).toEqual([
      credsspNla.id,
    ]);
    expect(causeIds(dissection('TLS not allowed by server (0x00000002)'))).toEqual([securityLayerMismatch.id]);
  });
  it("near miss: the Negotiation Request's requestedProtocols of the same value is no failure", () => {
    const request =
      'RDP Negotiation Request\n    Type: RDP Negotiation Request (0x01)\n    requestedProtocols: 0x00000005\n';
    expect(causeIds(request)).not.toContain(credsspNla.id);
  });
});
