/**
 * Issue 60, r29-h60w: the slow tier's part of ranked-dialogs.test.ts. Remmina's and Vinagre's catch-alls read by
 * their pages' ranking, and their near misses (and robocopy's words beside the error info descriptions), which go through every approximate reader before they are refused
 * (the fast file keeps the rules that answer at once).
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const noCause = (paste: string) => expect(causeIds(answerOrRefused(paste)), paste).toEqual([]);

describe("Remmina's and Vinagre's catch-alls: the changed server certificate first", () => {
  it('Remote Desktop Viewer (Vinagre) on an RDP connection', () => {
    expect(causeIds('Remote Desktop Viewer shows "Error connecting to host." for my RDP server')).toEqual([
      tlsCertificate.id,
      networkUnreachable.id,
      credsspNla.id,
    ]);
  });
  it('near miss: the same words on a VNC connection, or from another program with no Remote Desktop word', () => {
    noCause('Remote Desktop Viewer: Error connecting to host. (VNC, port 5901)');
    noCause('Error connecting to host [10.1.2.3:7000]. Failed connection after 3 tries in 3004 ms!');
  });
  it('Remmina alone: the ranking; with the reason printed after it, the reason', () => {
    expect(causeIds('Unable to connect to RDP server FILESRV2')[0]).toBe(tlsCertificate.id);
    expect(causeIds('Unable to connect to RDP server FILESRV2: connection refused')).toEqual([networkUnreachable.id]);
  });
});

describe("the server's error info descriptions: near miss", () => {
  it('robocopy\'s "an error due to insufficient access privileges on the source" is no error info', () => {
    noCause(
      'Serious error. Either a usage error or an error due to insufficient access privileges on the destination.',
    );
  });
});
