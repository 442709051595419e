/**
 * Apache Guacamole's own lines that are not the RDP server's answer (issue 60): guacd's set-up and the web
 * application's link to guacd. guacd's translations of FreeRDP's errors ("RDP server closed/refused connection: …")
 * are read in third-party-clients.ts. None of these is a Remote Desktop connection failure: each names the part of
 * Guacamole that failed, and a line that names the cause (guacd's home directory) decides over the generic one.
 */
import type { KnownSentence } from '../sentences/known-sentence.js';
import { GUACAMOLE_STATUS_SENTENCES } from './guacamole-statuses.js';
import { logLines } from './log-line.js';

const SERVER = 'https://github.com/apache/guacamole-server/blob/main';
const CLIENT = 'https://github.com/apache/guacamole-client/blob/main';

const line = logLines('Apache Guacamole', 'guacamole', 'English only: guacd and the web application log in English.');

/**
 * Guacamole's own lines, in the order of its parts: guacd's set-up, the web application's link to guacd, FreeRDP's;
 * then its protocol statuses (guacamole-statuses.ts).
 */
export const GUACAMOLE_LOG_SENTENCES: readonly KnownSentence[] = [
  line(
    'rdp-not-installed',
    'Support for protocol "rdp" is not installed',
    /support for protocol .rdp. is not installed/,
    {
      kind: 'uncatalogued',
      meaning:
        "guacd has no RDP support: it was built without FreeRDP (the libguac-client-rdp plugin is missing), so no connection to the Remote Desktop server was attempted. Reinstall or rebuild guacd with FreeRDP's development files present.",
      source: `Apache Guacamole guacd, src/guacd/proc.c: "Support for protocol \\"%s\\" is not installed" (${SERVER}/src/guacd/proc.c)`,
    },
  ),
  line(
    'guacd-link-lost',
    'Connection to guacd timed out. / Connection to guacd is closed.',
    /\bconnection to guacd (?:timed out|is closed)\b/,
    {
      kind: 'uncatalogued',
      meaning:
        "Guacamole's web application lost or could not keep its link to guacd (its proxy daemon, port 4822 by default): guacd is not running, not reachable from the web application, or stopped answering. The Remote Desktop server is not what failed; guacd's log says whether a connection to it was made.",
      source: `Apache Guacamole guacamole-common, ReaderGuacamoleReader and WriterGuacamoleWriter: "Connection to guacd timed out." and "Connection to guacd is closed." (${CLIENT}/guacamole-common/src/main/java/org/apache/guacamole/io/ReaderGuacamoleReader.java)`,
      note: "Check guacd (systemctl status guacd, or its container) and guacamole.properties' guacd-hostname and guacd-port.",
    },
  ),
  line(
    'instruction-buffer',
    'Guacamole connection failure: Error filling instruction buffer',
    /\berror filling instruction buffer\b/,
    {
      kind: 'uncatalogued',
      meaning:
        "guacd's connection from the Guacamole side closed while guacd was reading an instruction from it: the web application, or the browser's tunnel through it (a proxy, a security or data-loss-prevention product, a closed tab), dropped the link. It is the Guacamole link that was lost, not the Remote Desktop server's answer: the lines after it (the user disconnected) follow from it.",
      source: `Apache Guacamole libguac, its instruction parser reading from guacd's socket (${SERVER}/src/libguac/parser.c), logged by guacd as "Guacamole connection failure: %s"; https://github.com/VirtualCable/openuds/issues/89 (the link dropped after the greeting; the cause was a data-leak-prevention product in the browser)`,
      note: "Check what sits between the browser and Guacamole (a reverse proxy's WebSocket timeouts, a security product), and the web application's log at the same time.",
    },
  ),
  line(
    'freerdp-init-failed',
    'FreeRDP initialization failed before connecting.',
    /\bfreerdp initiali[sz]ation failed before connecting\b/,
    {
      kind: 'unspecific',
      meaning:
        "guacd could not set FreeRDP up, before any connection to the server: the lines before it in guacd's log say why (most often guacd's home directory not writable).",
      source: `Apache Guacamole guacd, src/protocols/rdp/rdp.c: "FreeRDP initialization failed before connecting. Please check for errors earlier in the logs …" (${SERVER}/src/protocols/rdp/rdp.c)`,
    },
  ),
  line(
    'home-not-writable',
    'FreeRDP initialization may fail: … home directory … is not writable',
    /\bfreerdp initiali[sz]ation may fail: (?:the current user's home directory|writability of the current user's home directory)/,
    {
      kind: 'uncatalogued',
      overrides: ['guacamole-freerdp-init-failed'],
      meaning:
        "The user guacd runs as has no writable home directory (or it does not exist), and FreeRDP keeps its configuration and the servers' certificates there: FreeRDP may fail to start before connecting. Create the directory and give it to guacd's user.",
      source: `Apache Guacamole guacd, src/protocols/rdp/rdp.c, its check of the home directory before FreeRDP starts (${SERVER}/src/protocols/rdp/rdp.c); next-terminal issue 228 (creating /var/lib/guacd for guacd's user fixed it, https://github.com/next-terminal/next-terminal/issues/228)`,
    },
  ),
  ...GUACAMOLE_STATUS_SENTENCES,
];
