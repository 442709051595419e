/**
 * The Remote Desktop Services service's own crash (issue 60, round 30): Windows Error Reporting's Application Error
 * event 1000 (or its event 1001's problem signature) naming the service's process, `svchost.exe_TermService` (the
 * service runs in its own svchost, and Windows names the crashing process after it). While the service is down or
 * restarting, nothing listens for Remote Desktop: every connection fails before any sign-in (`network-unreachable`,
 * the listener down), and LocalSessionManager logs reason 1067 for the sessions it loses. The faulting module says why:
 * rdpwrap.dll (RDP Wrapper's patch broken by a Windows update), termsrv.dll or rdpcorets.dll (a Windows fault,
 * fixed by updates), another product's DLL loaded into the service.
 *
 * A family of one event's labels, not a page's sentence: the label of the faulting application in each language
 * Windows writes it, followed by the service's process name, which no language translates. Another program's crash
 * (a game, a backup agent, the print spooler) is another program's: only `svchost.exe_TermService` is read. The
 * client's own crash (mstsc.exe) is client-crash.ts'.
 *
 * Linear: one alternation of fixed labels, then a fixed name.
 */
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import type { KnownSentence } from './known-sentence.js';

const SRC_CRASH =
  'Microsoft Azure IaaS VM supportability wiki "Can\'t RDP/SSH: Setup User Mode Dump" (sourceUrl https://dev.azure.com/Supportability/AzureIaaSVM/_wiki/wikis/AzureIaaSVM, a public copy: Application Error 1000 "Faulting application name: svchost.exe_TermService", WER 1001 "P1: svchost.exe_TermService", LocalSessionManager 40 reason code 1067, Service Control Manager 7034 "The Remote Desktop Services service terminated unexpectedly", in its scenario of a VM one cannot RDP to)';
const SRC_LABELS =
  'The label in each language, as programs that read event 1000 in that language match it: German "Name der fehlerhaften Anwendung" (a PowerShell ConvertTo-ApplicationErrorObject\'s $EventTemplate_DE, public) and "Fehlerhafter Anwendungsname" (a PowerShell crash collector\'s pattern, public); French "Nom de l\'application défaillante" (a crash-diagnostics fixture, public); Spanish "Nombre de la aplicación con errores" (Acronis\' and 3D Slicer\'s forums, users\' posts of event 1000); Portuguese (Brazil) "Nome do aplicativo com falha" (Microsoft Learn pt-br "Troubleshoot backup failures on Azure virtual machines": "nome do aplicativo com falha: IaaSBcdrExtension.exe")';

export const TERMSERVICE_CRASH_SENTENCES: readonly KnownSentence[] = [
  {
    id: 'termservice-crashed',
    // Its numbers (versions, time stamps, offsets, the exception code) are the crash report's, never a dialog's codes.
    commandOutput: true,
    numbers: "the crash report's own (versions, time stamps, offsets, the exception code)",
    anyLanguage: true,
    what: 'Windows Error Reporting\'s event 1000 (Application Error) for "svchost.exe_TermService": the Remote Desktop Services service crashed',
    words: {
      en: [
        /(?:faulting application name|name der fehlerhaften anwendung|fehlerhafter anwendungsname|nom de l.application d[ée]faillante|nombre de la aplicaci[óo]n con errores|nome do aplicativo com falha|\bp1) ?: ?svchost\.exe_termservice\b/,
      ],
    },
    states: [networkUnreachable.id],
    meaning:
      "The Remote Desktop Services service (TermService, in its own svchost process) crashed on the server: while it is down or restarting nothing listens for Remote Desktop, so every connection fails before sign-in. The faulting module on the next line says why: rdpwrap.dll (RDP Wrapper no longer matches the updated termsrv.dll: update or remove it), termsrv.dll or rdpcorets.dll (install the latest Windows updates), or another product's DLL loaded into the service.",
    confidence: 'MS',
    source: `${SRC_CRASH}; ${SRC_LABELS}`,
    languages:
      "English, German, French, Spanish and Portuguese (Brazil) labels of event 1000, each from the page named in the source; the service's process name is the same in every language",
    note: 'Check the System log for Service Control Manager 7031/7034 ("The Remote Desktop Services service terminated unexpectedly") at the same time, and LocalSessionManager/Operational 40 with reason 1067 for the sessions lost.',
  },
];
