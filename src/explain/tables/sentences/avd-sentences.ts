/**
 * Messages of the Azure Virtual Desktop session host agent (RDAgent, RDAgentBootLoader: the session host's Application
 * log, sources WVD-Agent and RDAgentBootLoader) users paste without an error name, recognized by their stable words.
 * Where the message stands for an error of the AVD table (avd-errors.ts), it names it, so its causes are that error's.
 *
 * Source: Microsoft Learn, Azure Virtual Desktop "Troubleshoot common Azure Virtual Desktop Agent issues".
 */
import type { KnownSentence } from './known-sentence.js';
import { sessionLimit } from '../../../../patterns/session-limit.js';

const SRC_AGENT =
  'Microsoft Learn: Azure Virtual Desktop "Troubleshoot common Azure Virtual Desktop Agent issues" (the message as the Application log shows it)';
const ENGLISH_ONLY = 'English only: the agent writes its messages in English.';

export const AVD_SENTENCES: readonly KnownSentence[] = [
  {
    id: 'avd-gateway-url-not-accessible',
    what: 'The session host agent\'s Application log event 3703 "RD Gateway Url: … is not accessible"',
    codeName: 'ReverseConnectFailed',
    words: { en: [/rd gateway url:? .{0,200}is not accessible/] },
    meaning:
      "The session host's agent cannot reach the Azure Virtual Desktop gateway URLs: its reverse connections, and so every user connection to this host, fail until the required URLs are reachable (firewall, proxy, DNS).",
    confidence: 'MS',
    source: `${SRC_AGENT}, "Error: 3703"`,
    languages: ENGLISH_ONLY,
    note: 'Run the Required URL Check tool on the session host and allow the required URLs through the firewall or proxy (with Azure Firewall, its DNS settings too).',
  },
  {
    id: 'avd-rdagent-no-broker-connection',
    states: [sessionLimit.id],
    what: 'The agent\'s message "Connection not found: RDAgent does not have an active connection to the broker"',
    words: { en: [/rdagent does not have an active connection to the broker/] },
    meaning:
      'The session host is not taking new connections from the broker: Microsoft names a host at its connection limit (max session limit) as the cause.',
    confidence: 'MS',
    source: `${SRC_AGENT}, "Error: Connection not found: RDAgent does not have an active connection to the broker"`,
    languages: ENGLISH_ONLY,
    note: "Lower the host pool's max session limit so sessions spread more evenly, or give the session hosts more resources.",
  },
];
