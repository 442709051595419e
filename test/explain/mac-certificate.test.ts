/**
 * Issue 60, round 30 (h61b): the Mac clients' certificate prompts (src/explain/tables/sentences/
 * mac-certificate.ts) in English, Portuguese and Indonesian: the server's certificate not trusted. Apple's own
 * text of CSSMERR_TP_NOT_TRUSTED, the same words beside another code, is not the prompt.
 */
import { describe, expect, it } from 'vitest';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';

describe("the Mac clients' certificate prompts", () => {
  it('the whole prompt as a lab quotes it, and the prompt in Portuguese and Indonesian', () => {
    for (const paste of [
      'You are connecting to the RDP host "203.0.113.7". The certificate couldn’t be verified back to a root certificate. Your connection may not be secure. Do you want to continue?',
      'Área de Trabalho Remota no Mac: o certificado não pôde ser validado com o certificado raiz.',
      'Desktop Jauh di Mac: sertifikat tidak dapat diverifikasi kembali ke sertifikat root.',
    ]) {
      expect(sentenceIds(paste), paste).toEqual(['mac-certificate-not-verified']);
      expect(causeIds(paste), paste).toEqual([tlsCertificate.id]);
    }
  });

  it('the older Mac Remote Desktop Connection: its identity prompt, in English and Portuguese', () => {
    for (const paste of [
      'Remote Desktop Connection cannot verify the identity of the computer that you want to connect to.',
      'A Conexão de Área de Trabalho Remota não pode verificar a identidade do computador ao qual você deseja se conectar.',
    ])
      expect(causeIds(paste), paste).toEqual([tlsCertificate.id]);
  });

  it("near miss: Apple's trust error code with its text is not the Remote Desktop prompt", () => {
    const paste = 'CSSMERR_TP_NOT_TRUSTED: The certificate could not be verified back to a root certificate.';
    expect(answerOrRefused(paste)?.likelyCauses ?? []).toEqual([]);
  });
});
