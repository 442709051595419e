/**
 * The Mac clients' certificate prompts (issue 60, round 30): Microsoft Remote Desktop for Mac's "You are connecting to
 * the RDP host …. The certificate couldn't be verified back to a root certificate. Your connection may not be secure.
 * Do you want to continue?", and the older Remote Desktop Connection for Mac's "Remote Desktop Connection cannot
 * verify the identity of the computer that you want to connect to". The Mac wordings of the Windows client's identity
 * prompt (sentences.ts `identity-not-verified`): the server's TLS certificate is not one the Mac trusts (self-signed,
 * the default, or from an authority it does not know), so `tls-certificate`, as that prompt is read. Cloud providers'
 * pages treat both as a login problem of a Windows instance and have the session host use the RDP security layer
 * instead (Tencent Cloud, below): the certificate is what the prompt is about either way.
 *
 * Its words are also Apple's own text of CSSMERR_TP_NOT_TRUSTED ("The certificate could not be verified back to a root
 * certificate"), which any program on a Mac can show: never read beside that code's name. Portuguese and Indonesian: localized-wordings-latin.ts.
 *
 * Linear: fixed words, one bounded optional group.
 */
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import type { KnownSentence } from './known-sentence.js';

const SRC_MAC =
  'Widely reported: Tencent Cloud CVM documentation "Mac remote login to a Windows instance: common problems" in English, Chinese, Japanese and Korean (the public repository https://github.com/tencentyun/intlcloud-documents: "The certificate couldn\'t be verified back to a root certificate." and the Mac Remote Desktop Connection\'s identity prompt, fixed by "Require use of specific security layer for remote (RDP) connections" set to RDP); Microsoft Learn labs that connect a Mac to a new Azure VM quote the whole prompt ("You are connecting to the RDP host … The certificate couldn\'t be verified back to a root certificate. Your connection may not be secure. Do you want to continue?")';

export const MAC_CERTIFICATE_SENTENCES: readonly KnownSentence[] = [
  {
    id: 'mac-certificate-not-verified',
    states: [tlsCertificate.id],
    // No quote in `what`: the near-quote reading would read Apple's own text of the code by it.
    what: "The Mac client's prompt that the certificate couldn't be verified back to a root certificate (Microsoft Remote Desktop for Mac)",
    // Not Apple's own CSSMERR_TP_NOT_TRUSTED beside its name (any Mac program's trust error): the prompt's words alone.
    words: {
      en: [/^(?!.*cssmerr).*certificate (?:couldn.?t|could not|cannot|can.?t) be verified back to a root certificate/],
    },
    meaning:
      "The Mac could not validate the server's TLS certificate: it is self-signed (Remote Desktop's default) or from an authority the Mac does not trust. Continuing is safe only for a server you know; the fix is a certificate the Mac trusts, issued for the name it connects to.",
    confidence: 'WR',
    source: SRC_MAC,
    languages: 'Portuguese and Indonesian from the same cloud pages (localized-wordings-latin.ts)',
  },
  {
    id: 'mac-identity-not-verified',
    states: [tlsCertificate.id],
    what: 'The Mac Remote Desktop Connection\'s prompt "Remote Desktop Connection cannot verify the identity of the computer that you want to connect to"',
    words: {
      en: [/remote desktop connection cannot verify the identity of the computer (?:that )?you want to connect to/],
    },
    meaning:
      'The Mac client could not verify the server\'s identity from its certificate (self-signed or untrusted), as the Windows client\'s "The identity of the remote computer cannot be verified" says.',
    confidence: 'WR',
    source: SRC_MAC,
    languages: 'Portuguese from the same cloud page (localized-wordings-latin.ts)',
  },
];
