import { attackTechnique } from '../attack-techniques.js';
import type { AttackFindingDefinition } from '../types.js';

/** Seconds after a Remote Desktop connection in which what the session did counts as typed through it. */
export const TYPED_WITHIN_SECONDS = 60;

/**
 * A client desktop no larger than this (RdpCoreTS 168, every monitor) is the protocol's smallest (MS-RDPBCGR: 200
 * pixels): the control of a program in a hidden window, as SharpRDP's, never a person's mstsc.
 */
export const HIDDEN_CLIENT_SIZE = 200;

/**
 * Commands typed through Remote Desktop (SharpRDP-style, T1021.001): within seconds of an inbound connection, the
 * Run box used (a RunMRU value written by explorer, Sysmon 13), programs started under explorer as the user, the
 * clipboard's rdpclip.exe, and programs run from the client's redirected drive (`\\tsclient\c\…`). A person who signs
 * in opens programs too; what no person does within seconds of connecting is type into the Run box or run the
 * client's files: those are what it takes. The detector is src/diagnose/attacks/rdp-typed-commands.ts; an inbound
 * connection only Sysmon saw is an attempt of its own (src/correlate/sysmon-inbound.ts).
 */
export const rdpTypedCommands: AttackFindingDefinition = {
  id: 'rdp-typed-commands',
  title: 'Commands typed through Remote Desktop',
  summary:
    'Within seconds of an inbound Remote Desktop connection, the Run box used (RunMRU), programs started under explorer, rdpclip and programs run from the client’s redirected drive (\\\\tsclient\\): a tool such as SharpRDP typing commands through the session.',
  status: 'test',
  techniques: [attackTechnique('TA0008', 'T1021.001'), attackTechnique('TA0002', 'T1204')],
  references: [
    'https://github.com/0xthirteen/SharpRDP',
    'https://posts.specterops.io/revisiting-remote-desktop-lateral-movement-8fb905cb46c3',
    'https://github.com/sbousseaden/EVTX-ATTACK-SAMPLES/tree/master/Lateral%20Movement',
    'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/process_creation/proc_creation_win_susp_tsclient_filepath_execution.yml',
    'https://learn.microsoft.com/en-us/sysinternals/downloads/sysmon',
  ],
  reads: [
    {
      provider: 'Microsoft-Windows-Sysmon',
      eventId: 13,
      fields: { TargetObject: { regex: '\\\\Explorer\\\\RunMRU\\\\[a-z]$' } },
    },
    // Programs under explorer: from Sysmon only (a busy Security log's 4688s of user programs are not kept for this).
    { provider: 'Microsoft-Windows-Sysmon', eventId: 1, fields: { ParentImage: { regex: '\\\\explorer\\.exe$' } } },
    { provider: 'Microsoft-Windows-Sysmon', eventId: 1, fields: { Image: { regex: '\\\\rdpclip\\.exe$' } } },
    { provider: 'Microsoft-Windows-Sysmon', eventId: 1, fields: { CommandLine: { regex: '\\\\\\\\tsclient\\\\' } } },
    { channel: 'Security', eventId: 4688, fields: { NewProcessName: { regex: '\\\\rdpclip\\.exe$' } } },
    { channel: 'Security', eventId: 4688, fields: { CommandLine: { regex: '\\\\\\\\tsclient\\\\' } } },
  ],
  falsePositives: [
    'A connection manager that opens a session at the smallest size (a thumbnail) before it is shown: told as driven by a program; ask who ran it.',
    'A person who signs in and at once types into the Run box (Win+R) from habit: the same records. Ask them; a command that downloads or runs a script is rarely a habit.',
    'A user starting a program from their own redirected drive (\\\\tsclient\\) on purpose: told, since it runs the client’s files on the server.',
  ],
  remediation: [
    'Find what the commands did: the processes they started (Sysmon 1, 4688) and what those wrote or connected to.',
    'Treat the account and the client address as compromised: reset the password and review where else they signed in.',
    'Turn off drive redirection (`fDisableCdm`) and the clipboard (`fDisableClip`) where they are not needed.',
  ],
  samples: [
    {
      description:
        'RdpCoreTS only on APP07: two connections from 198.51.100.23 with a 200 × 200 desktop (RdpCoreTS 168), SharpRDP’s hidden window, and a third at 1920 × 1080, a person’s (not told). The public sbousseaden sample dfir_rdpsharp_target_RdpCoreTs_168_68_131 has this shape.',
      file: 'samples/findings/rdp-typed-commands/hidden-client.xml',
    },
    {
      description:
        'SharpRDP against APP05: Sysmon 3 flows from 198.51.100.23 to TermService’s svchost on 3389, each followed within seconds by a RunMRU write and cmd.exe under explorer as CORP\\svc_backup; rdpclip starts and \\\\tsclient\\c\\tools\\stage.exe runs.',
      file: 'samples/findings/rdp-typed-commands/sharprdp-target.xml',
    },
  ],
  nearMisses: [
    {
      file: 'samples/findings/rdp-typed-commands/near-miss.xml',
      why: 'A user connects (only Sysmon saw it), rdpclip starts and she opens Outlook and Excel from the Start menu a minute later: a person’s session, not typed commands.',
    },
  ],
};
