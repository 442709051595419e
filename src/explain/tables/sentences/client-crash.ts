/**
 * The Remote Desktop client's own crash (issue 60, r29-h60w): Windows Error Reporting's dialog "Remote Desktop
 * Connection has stopped working" (with its "A problem caused the program to stop working correctly" / "Windows is
 * checking for a solution to the problem"), and its problem details naming mstsc.exe (APPCRASH, "Application Name:
 * mstsc.exe"). The program itself stopped, on this computer: no connection failure and no cause of the catalogue (the
 * Application log's event 1000 names the faulting module: a display or audio driver, a redirected device's DLL, a
 * damaged client). Users' own words "Remote Desktop has stopped working since the update" are not this dialog: the
 * title is read alone (the whole paste) or with the dialog's own lines, never inside a sentence of the user's.
 *
 * Linear: fixed runs of words, bounded gaps.
 */
import type { KnownSentence } from './known-sentence.js';

const SRC_WER =
  'Widely reported: Windows Error Reporting\'s dialog for a program that crashed ("<program> has stopped working", "A problem caused the program to stop working correctly. Windows will close the program…") and its problem details (Problem Event Name: APPCRASH, Application Name, Fault Module Name), as Symantec Connect "Appcrash Messages – Overview and Example Scenarios" (http://www.symantec.com/connect/articles/appcrash-messages-overview-and-example-scenarios) shows them; the client\'s program is mstsc.exe, "Remote Desktop Connection"';

export const CLIENT_CRASH_SENTENCES: readonly KnownSentence[] = [
  {
    id: 'client-program-crashed',
    kind: 'uncatalogued',
    // Its numbers (versions, offsets, the exception code c0000005) are the crash report's, never a dialog's codes: the
    // paste is read by this sentence alone; and never as a near quote (near-quote.ts passes over such rows), its title
    // being the users' own words too.
    commandOutput: true,
    numbers: "the crash report's own (versions, offsets, the exception code)",
    what: 'Windows Error Reporting\'s "Remote Desktop Connection has stopped working" (the client program, mstsc.exe, crashed)',
    words: {
      en: [
        /^ ?(?:remote desktop connection|mstsc(?:\.exe)?) has stopped working\.? ?$|(?:remote desktop connection|mstsc(?:\.exe)?) has stopped working\.? (?:a problem caused the program to stop working correctly|windows is checking for a solution|windows can check online for a solution)|\bappcrash\b.{0,80}?\bmstsc\.exe\b|\bapplication name: mstsc\.exe\b/,
      ],
    },
    meaning:
      'The Remote Desktop client program itself crashed on this computer: no connection failure, and no cause of the catalogue. The Application log\'s event 1000 ("Faulting application name: mstsc.exe", its faulting module) says which part: a display, audio or printer driver, a DLL loaded for a redirected device, or a damaged client (sfc /scannow, the latest Windows updates).',
    confidence: 'WR',
    source: SRC_WER,
  },
];
