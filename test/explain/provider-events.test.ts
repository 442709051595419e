/**
 * Issue #60 (h60e): event descriptions read by their provider. The Remote Desktop client's ClientActiveXCore events,
 * the RD Gateway's events no other row read and the Terminal Services era's licensing and certificate texts, pasted
 * as users quote them (values of our own); each read as its own event, never another provider's event of the same
 * id, with a near miss beside each rule. The rows come from the registry (`PROVIDER_EVENT_SENTENCES`).
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { gatewayHostUnreachable } from '../../patterns/gateway-host-unreachable.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { PROVIDER_EVENT_SENTENCES } from '../../src/explain/tables/sentences/provider-events.js';
import { eventRow } from '../../src/model/events.js';

const causes = (text: string) => explainCode(text).likelyCauses.map((c) => c.causeId);
/** The reading's name: the sentence row, or the code read instead. */
const reading = (text: string) => {
  const e = explainCode(text);
  return (e.primary ?? e.other)?.name;
};
/** An Event Viewer header naming the event by its Source and id, with no description. */
const header = (provider: string, id: number) =>
  `Source:        ${provider}\nEvent ID:      ${id}\nLevel:         Error`;

describe('an event named by its Source and id alone reads its own description row', () => {
  // The events the event table has no row of (its own rows are read by their row).
  const withEvent = PROVIDER_EVENT_SENTENCES.filter((s) => s.event && !eventRow(s.event.provider, s.event.id));
  it.each(withEvent.map((s) => [s.id, s] as const))('%s', (_, s) => {
    const event = s.event as { provider: string; id: number };
    const e = explainCode(header(event.provider, event.id));
    expect(e.other?.name).toBe(s.id);
    // The causes are the row's own (none for a row that says what it is instead).
    if (s.kind) expect(e.likelyCauses).toEqual([]);
    else expect(e.likelyCauses[0]?.causeId).toBe(s.states?.[0]);
  });

  it('another provider with the same id is not read as the RD Gateway event (near miss: RdpCoreTS 103)', () => {
    expect(reading(header('Microsoft-Windows-TerminalServices-Gateway', 103))).toBe('gateway-103');
    expect(reading(header('Microsoft-Windows-RemoteDesktopServices-RdpCoreTS', 103))).not.toBe('gateway-103');
  });
});

describe("the Remote Desktop client's ClientActiveXCore descriptions", () => {
  it('1009, the credentials the server did not accept; near miss: TermService 1009, the grace period', () => {
    expect(causes('RDPClient said: The credentials provided were failed to be authenticated by the server')[0]).toBe(
      authBadCredentials.id,
    );
    const grace =
      'Event ID: 1009\nSource: TermService\nDescription: The terminal services licensing grace period is about to expire on 3/9/2007 and the service has not registered with a license server with installed licenses.';
    expect(reading(grace)).toBe('ts-grace-period-about-to-expire');
  });

  it('1017, no licence, its value set aside (not the disconnect reason 1); near miss: 1016, a licence held', () => {
    const e = explainCode('Client does not have a license to connect to the server (Error= 0x1).');
    expect(e.other?.name).toBe('client-activex-1017');
    expect(e.likelyCauses[0]?.causeId).toBe(licensingCalUnavailable.id);
    expect(e.paste?.parts.map((p) => p.table)).toEqual(['sentence']);
    const held = explainCode('Client has a license to connect to the server');
    expect(held.other?.name).toBe('client-activex-1016');
    expect(held.likelyCauses).toEqual([]);
  });

  it('1006, the client lost its network (its Reason value is not the disconnect reason 2)', () => {
    const e = explainCode('Client machine has lost network connectivity (Reason= 0x2).');
    expect(e.likelyCauses[0]?.causeId).toBe(networkDropped.id);
    expect(e.summary).not.toMatch(/logoff or disconnect inside the session/);
  });

  it('1011 and 1014 are steps that went through: no cause', () => {
    expect(causes('RDP ClientActiveX succeeded in connecting to the gateway server')).toEqual([]);
    expect(causes('RDP ClientActiveX succeeded in automatically connecting to the server')).toEqual([]);
  });
});

describe("the RD Gateway's events", () => {
  it("103, the gateway's own certificate: uncatalogued, its meaning says so", () => {
    const e = explainCode(
      'The Remote Desktop Gateway service does not have sufficient permissions to access the Secure Sockets Layer (SSL) certificate that is required to accept connections.',
    );
    expect(e.other?.name).toBe('gateway-103');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/certificate/);
    // Near miss: the session host's listener certificate (RCM 1053) is a cause of the catalogue.
    expect(
      causes(
        'The Terminal Server is configured to use a certificate that is expired. The SHA1 hash is in the event data.',
      ),
    ).toContain(tlsCertificate.id);
  });

  /** A gateway event's opening, as it names the user and the client (values of our own). */
  const user = 'The user "CORP\\ann", on client computer "192.0.2.44",';
  // [what, the description pasted, the first cause its text states]
  const stated: readonly (readonly [string, string, string])[] = [
    [
      '204, the NAP health policies',
      `${user} did not meet the requirements of the Network Access Protection (NAP) policies defined in the Network Policy Server.`,
      gatewayDenied.id,
    ],
    [
      '308, the resource not allowed',
      `${user} met RD resource authorization policy (RD RAP) requirements but the network resource "10.1.2.3" did not meet the requirements.`,
      gatewayDenied.id,
    ],
    [
      '304, both policies met but the host unreachable',
      `${user} met connection authorization policy and resource authorization policy requirements, but could not connect to resource "rdsh7".`,
      gatewayHostUnreachable.id,
    ],
    [
      'the temporary licence expired (TermService 1011): no CAL of the type needed',
      'The terminal services client THINCLIENT-04 has been disconnected because its temporary license has expired.',
      licensingCalUnavailable.id,
    ],
  ];
  it.each(stated)('%s', (_, text, cause) => {
    expect(causes(text)[0]).toBe(cause);
  });

  it("204's health refusal and the gateway's NAP statuses are one cause: the CAP's health requirement", () => {
    // E_PROXY_QUARANTINE_ACCESSDENIED, E_PROXY_REAUTH_NAP_FAILED; near miss: the gateway's certificate status.
    expect(causes('0x800759ED')).toEqual([gatewayDenied.id]);
    expect(causes('0x80075A00')).toEqual([gatewayDenied.id]);
    expect(causes('0x800759EE')).toEqual([]);
  });

  it("307, the session timeout, is not 303 (its words hold 303's)", () => {
    const timeout = `${user} disconnected from the following network resource: "rdsh7" because the session exceeded the session timeout limit of "60" minutes.`;
    expect(reading(timeout)).toBe('gateway-307');
  });
});

describe("the Terminal Services era's texts", () => {
  it('near miss: a Citrix licence text is not read', () => {
    expect(() => explainCode('The Citrix servers have lost contact with the license server.')).toThrow(
      /not a valid error code/,
    );
  });

  it('a certificate that will expire is a warning, one that has expired a cause', () => {
    expect(causes('The Terminal Server is configured to use a certificate that will expire in 12 days.')).toEqual([]);
    expect(causes('The Terminal Server is configured to use a certificate that is expired.')).toContain(
      tlsCertificate.id,
    );
  });
});
