/**
 * RDP Wrapper's RDPCheck (issue 60): it connects to the machine itself through the Remote Desktop ActiveX control and,
 * when the control disconnects, shows its own text for the control's discReason in a "Disconnected" box
 * (src-rdpcheck/MainUnit.pas, `RDPDisconnected`). Users quote the text, not the number: each text reads as the client
 * disconnect reason it stands for (patterns/codes/mstsc-disconnect-reasons.ts, by its name there), only in a paste
 * that names RDPCheck or RDP Wrapper (its texts are short and other programs print "Socket connection failed" too).
 * A text RDPCheck gives two codes ("Internal security error.", "Out of memory.") names neither and is not read.
 *
 * RDPCheck tests the machine from itself: a reason it shows says nothing of the network between another computer and
 * this one, and a test that works there while other computers cannot connect points to that network (the port
 * forwarded, a firewall: described-contrast.ts).
 *
 * Near misses kept out: "socket connection failed" from another program (no RDPCheck or RDP Wrapper in the paste),
 * and RDPCheck's "Unknown code 0x…" (its number is read as a code, not here).
 */
import { lookupDisconnectReason } from '../../../../patterns/codes/mstsc-disconnect-reasons.js';
import type { KnownSentence } from '../sentences/known-sentence.js';

const MAIN_UNIT = 'https://github.com/stascorp/rdpwrap/blob/master/src-rdpcheck/MainUnit.pas';
const SOURCE = `RDP Wrapper's RDPCheck, its text for each discReason of the ActiveX control (${MAIN_UNIT}, TFrm.RDPDisconnected); users quoting them in the project's issues (https://github.com/stascorp/rdpwrap/issues/1121 "RDPCheck still says \\"socket connection failed\\"", https://github.com/stascorp/rdpwrap/issues/831 "RDPChecker: License negotiation failed")`;
const ENGLISH = 'English only: RDPCheck shows its texts in English in every language.';

/** RDPCheck or RDP Wrapper named in the paste (its configuration tool RDPConf too). */
const RDPCHECK = /\brdp ?check(?:er)?\b|\brdp ?wrap(?:per)?\b|\brdp ?conf\b/;

/** [discReason, RDPCheck's text]: quoted from MainUnit.pas. */
const TEXTS: readonly (readonly [value: number, text: string])[] = [
  [0x904, 'Socket closed.'],
  [0xc08, 'Decompress error.'],
  [0x108, 'Connection timed out.'],
  [0xc06, 'Decryption error.'],
  [0x104, 'DNS name lookup failure.'],
  [0x508, 'DNS lookup failed.'],
  [0xb06, 'Encryption error.'],
  [0x604, 'Windows Sockets gethostbyname() call failed.'],
  [0x208, 'Host not found error.'],
  [0x408, 'Internal error.'],
  [0x906, 'Internal security error.'],
  [0xa06, 'Internal security error.'],
  [0x506, 'The encryption method specified is not valid.'],
  [0x804, 'Bad IP address specified.'],
  [0x606, 'Server security data is not valid.'],
  [0x406, 'Security data is not valid.'],
  [0x308, 'The IP address specified is not valid.'],
  [0x808, 'License negotiation failed.'],
  [0x908, 'Licensing time-out.'],
  [0x106, 'Out of memory.'],
  [0x206, 'Out of memory.'],
  [0x306, 'Out of memory.'],
  [0x706, 'Failed to unpack server certificate.'],
  [0x204, 'Socket connection failed.'],
  [0x404, 'Windows Sockets recv() call failed.'],
  [0x704, 'Time-out occurred.'],
  [0x608, 'Internal timer error.'],
  [0x304, 'Windows Sockets send() call failed.'],
  [0xb07, 'The account is disabled.'],
  [0xe07, 'The account is expired.'],
  [0xd07, 'The account is locked out.'],
  [0xc07, 'The account is restricted.'],
  [0x1b07, 'The received certificate is expired.'],
  [0x807, 'Login failed.'],
  [0xa07, 'The specified user has no account.'],
  [0xf07, 'The password is expired.'],
  [0x2207, 'The smart card is blocked.'],
  [0x1c07, 'An incorrect PIN was presented to the smart card.'],
  [0xb09, 'Network Level Authentication is required, run RDPCheck as administrator.'],
];

/** The text's words as typed: its final period optional, "login" or "log in", blanks as they come. */
const wordsOf = (text: string) =>
  new RegExp(
    String.raw`(?<![\w-])${text
      .replace(/\.$/, '')
      .toLowerCase()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/ /g, String.raw`\s{1,3}`)}(?![\w-])`,
  );

const once = (text: string) => TEXTS.filter(([, t]) => t === text).length === 1;

const row = ([value, text]: (typeof TEXTS)[number]): KnownSentence[] => {
  const entry = lookupDisconnectReason(value);
  if (!entry || !once(text)) return [];
  return [
    {
      id: `rdpcheck-${value.toString(16)}`,
      what: `RDPCheck's "Disconnected" text "${text}" (discReason 0x${value.toString(16).toUpperCase()})`,
      codeName: entry.name,
      words: { en: [wordsOf(text), RDPCHECK] },
      anyLanguage: true,
      meaning: `RDPCheck's text for the ActiveX control's disconnect reason 0x${value.toString(16).toUpperCase()} (${entry.name}), from a connection RDPCheck made to this machine itself.`,
      confidence: 'WR',
      source: `Widely reported: ${SOURCE}`,
      languages: ENGLISH,
    },
  ];
};

export const RDPCHECK_MESSAGES: readonly KnownSentence[] = [
  ...TEXTS.flatMap(row),
  {
    id: 'rdpcheck-loopback-refused',
    what: 'RDPCheck\'s text "RDP is working, but the client doesn\'t allow loopback connections."',
    kind: 'informational',
    words: { en: [/\brdp is working, but the client does ?n[o']?t allow loopback connections\b/] },
    anyLanguage: true,
    meaning:
      'No failure of the server: RDPCheck reached Remote Desktop on this machine, and only the client refused to connect to its own machine (a loopback connection). Test from another computer on the network; if that fails, the network between them is the cause (the port, a firewall).',
    confidence: 'WR',
    source: `Widely reported: ${SOURCE}; its text for discReason 0x708`,
    languages: ENGLISH,
  },
];
