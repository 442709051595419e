import type { KnownSentence } from './known-sentence.js';

/**
 * A Microsoft Entra ID (Azure AD) account named beside "Your credentials did not work", in any language the dialog is
 * read in (issue 60, round 29): the client hands the account to Network Level Authentication (CredSSP), which signs an
 * Entra account in only from a client joined or registered to the same directory; from another client the right
 * password is refused. Read in sentence-answer.ts beside the dialog's own row (`credentials-did-not-work`). The pages' fix is to connect without CredSSP (`enablecredsspsupport:i:0` in the .rdp file, or
 * NLA turned off on the host), so CredSSP leads and the wrong password follows. Sources: ipentec's "Azure AD
 * に参加しているコンピューターにリモートデスクトップで接続する" (https://www.ipentec.com/document/windows/windows-connect-remote-desktop-in-azure-ad:
 * the dialog even with the right ID and password; enablecredsspsupport:i:0); savaged's guide to Remote Desktop with
 * an AzureAD account (https://gist.github.com/savaged/99ee2a293df64c3abd9e9f1ddb6a4ca8: "AzureAD\\name@company.com",
 * NLA unchecked).
 */
export const ENTRA_CREDENTIALS: KnownSentence = {
  id: 'entra-credentials',
  what: 'A Microsoft Entra ID (Azure AD) account with the dialog "Your credentials did not work"',
  words: { en: [/credentials did not work/] },
  meaning:
    'Network Level Authentication (CredSSP) signs a Microsoft Entra ID (Azure AD) account in only from a client joined or registered to the same directory: from another client the right password is refused. Connect without CredSSP (enablecredsspsupport:i:0 in the .rdp file, authentication level:i:2) or from a joined client; the password itself is the next thing to check. Turning NLA off on the host weakens it against unauthenticated connections: prefer the client-side setting.',
  confidence: 'SP',
  source:
    'https://www.ipentec.com/document/windows/windows-connect-remote-desktop-in-azure-ad; https://gist.github.com/savaged/99ee2a293df64c3abd9e9f1ddb6a4ca8',
};
/** An Entra ID account as pastes name it: the directory's names, its account prefix. */
export const ENTRA_ACCOUNT = /\b(?:azure ?ad|azuread\\|microsoft entra|entra id|aad[- ]joined)/i;
