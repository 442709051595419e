/**
 * RDP Wrapper's configuration tool (RDPConf) and its "Diagnostics" block, as users paste it (issue 60): "Wrapper
 * state: Installed / Service state: Running / Listener state: Not listening [not supported]". Its listener line says
 * whether anything accepts Remote Desktop connections on the machine: "Not listening" is the server's port closed,
 * whatever the wrapper's other lines say. Near miss: "Listener state: Listening" is no failure and is not read here.
 *
 * Round 31: its installer (RDPWInst) reads TermService's ServiceDll before it installs, and when the value is neither
 * Windows' termsrv.dll nor its own rdpwrap.dll it stops with "[-] Another third-party TermService library is installed."
 * and prints the value ("[*] ServiceDll: …"). An empty value is TermService with no library to load: the service
 * cannot run, nothing listens. A value naming another DLL (another patcher) says nothing of the listener and is not
 * read here.
 */
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import type { KnownSentence } from '../sentences/known-sentence.js';

const RDPWRAP = 'https://github.com/stascorp/rdpwrap';

export const RDP_WRAPPER_SENTENCES: readonly KnownSentence[] = [
  {
    id: 'rdpwrap-listener-not-listening',
    what: 'RDP Wrapper\'s diagnostics line "Listener state: Not listening"',
    states: [networkUnreachable.id],
    // The tool's own spelling and users' retyping of it ("Listener state:Notlistening").
    // Round 30 (r30-h61c): the support state and the listener state retold together ("Fully supported but Not
    // listening", "not listening [not supported]"), as users summarize RDPConf's two lines.
    words: {
      en: [
        /\blistener ?state ?: ?not ?listening\b|\b(?:fully|not) supported\]?,? (?:but |and |yet )?not ?listening\b|\bnot ?listening,? (?:and |but )?\[?(?:fully|not) supported\b/,
      ],
    },
    anyLanguage: true,
    meaning:
      'Nothing listens for Remote Desktop connections on this machine, so a client gets no answer on its port. With "[not supported]" beside it, RDP Wrapper has no entry for this version of termsrv.dll (a Windows update replaced it: its rdpwrap.ini needs that version); with "[fully supported]", Remote Desktop itself is off or its listener did not start (fDenyTSConnections, TermService, another program on port 3389).',
    confidence: 'WR',
    source: `Widely reported in RDP Wrapper's issues quoting RDPConf's diagnostics: ${RDPWRAP}/issues/999 ("Listener state: Not listening [not supported]"), ${RDPWRAP}/issues/1703 and ${RDPWRAP}/issues/4010 ("Not listening" while "fully supported", netstat showing nothing on 3389)`,
    note: "On the machine: netstat -ano | findstr :3389 (a LISTENING row), Get-Service TermService, and the termsrv.dll version against rdpwrap.ini's sections.",
    languages: "English only: RDP Wrapper's tool shows its diagnostics in English.",
  },
  {
    id: 'rdpwrap-installer-empty-servicedll',
    what: 'RDP Wrapper\'s installer: "Another third-party TermService library is installed." with an empty ServiceDll',
    states: [networkUnreachable.id],
    // The installer's two lines; the empty value as it prints it ("ServiceDll: ""." or "ServiceDll: " alone).
    words: {
      en: [
        /\banother third-party termservice library is installed\b[\s\S]{0,80}?\bservicedll: ?(?:""|''|\.?\s{0,4}$)/m,
      ],
    },
    anyLanguage: true,
    meaning:
      "TermService's ServiceDll (HKLM\\SYSTEM\\CurrentControlSet\\Services\\TermService\\Parameters) is empty: Remote Desktop Services has no library to load, so it cannot run and nothing listens for Remote Desktop connections. RDP Wrapper's installer stops there, taking the empty value for another program's library.",
    confidence: 'WR',
    source: `Widely reported in RDP Wrapper's issues quoting its installer's output (${RDPWRAP}/issues/384: ServiceDll "", fixed by setting termsrv.dll back); the installer's own text, src-installer/RDPWInst.dpr (it reads TermService's ServiceDll and, when it is neither termsrv.dll nor rdpwrap.dll, prints "[-] Another third-party TermService library is installed." and "[*] ServiceDll: <value>")`,
    note: 'Set the value back to Windows\' library: reg add "HKLM\\SYSTEM\\CurrentControlSet\\Services\\TermService\\Parameters" /v ServiceDll /t REG_EXPAND_SZ /d "%SystemRoot%\\System32\\termsrv.dll" /f, then start TermService.',
    languages: "English only: RDP Wrapper's installer prints its lines in English.",
  },
];
