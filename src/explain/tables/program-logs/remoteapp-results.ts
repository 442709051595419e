/**
 * A RemoteApp program's launch result (issue 60): the server's answer to the client's request to start the program,
 * by the names clients print it with — MS-RDPERP's ExecResult constants (FreeRDP's "RAIL exec error:
 * execResult=RAIL_EXEC_E_…") and the Remote Desktop ActiveX control's RemoteProgramResult names (mRemoteNG, Royal TS and
 * other hosts of it). The connection itself was made: these say why the program did not start, and no cause of the
 * catalogue (each row's `kind` says what it is instead). The numbers printed beside the name (FreeRDP's NtError, the
 * raw result) are the program launch's own status, never a Remote Desktop disconnect code.
 */
import type { RowKind } from '../../../../patterns/codes/index.js';
import type { KnownSentence } from '../sentences/known-sentence.js';

const RDPERP =
  'Microsoft Open Specifications MS-RDPERP 2.2.2.3.2 "Server Execute Result PDU (TS_RAIL_ORDER_EXEC_RESULT)", its ExecResult values';
const ACTIVEX = 'Microsoft Learn "IMsTscAxEvents::OnRemoteProgramResult" (RemoteProgramResult values)';

/** One result: its MS-RDPERP constant's tail, the ActiveX name, what it says. */
function result(
  rail: string,
  activeX: string | undefined,
  meaning: string,
  kind: RowKind = 'uncatalogued',
): KnownSentence {
  const names = [`rail_exec_e_${rail}`, ...(activeX ? [`remoteappresult${activeX}`] : [])];
  return {
    id: `remoteapp-${rail.replace(/_/g, '-')}`,
    kind,
    what: `A RemoteApp program's launch result RAIL_EXEC_E_${rail.toUpperCase()}${activeX ? ` (remoteAppResult${activeX[0]?.toUpperCase()}${activeX.slice(1)})` : ''}`,
    words: { en: [new RegExp(`\\b(?:${names.join('|')})\\b`)] },
    anyLanguage: true,
    meaning: `The connection was made, but the RemoteApp program did not start: ${meaning}`,
    confidence: 'MS',
    source: activeX ? `${RDPERP}; ${ACTIVEX}` : RDPERP,
    numbers:
      'the RemoteApp launch status printed beside it (a raw result, an NT error), not a Remote Desktop disconnect code',
  };
}

export const REMOTEAPP_RESULTS: readonly KnownSentence[] = [
  result(
    'session_locked',
    'locked',
    'the remote session is locked; the user unlocks it (signs in again to it), then the program can be launched.',
  ),
  result(
    'hook_not_loaded',
    'hooknotloaded',
    'the server is not watching the current input desktop (the session shows the secure desktop, such as a UAC or sign-in screen): the program starts once that desktop is gone.',
  ),
  result(
    'decode_failed',
    undefined,
    "the server could not decode the client's request to start the program (a protocol error between this client and the server).",
  ),
  result(
    'not_in_allowlist',
    'notinwhitelist',
    "the program is not in the RD Session Host's list of allowed RemoteApp programs: publish it (RemoteApp Programs, or the collection's RemoteApp list) or allow unlisted programs by policy.",
  ),
  result('file_not_found', 'filenotfound', 'the program or file to open was not found on the server.'),
  result(
    'fail',
    'failure',
    "the server could not start the program (its own error follows in the server's logs).",
    'unspecific',
  ),
];
