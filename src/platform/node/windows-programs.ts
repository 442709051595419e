/**
 * The Windows programs rdpdiag runs (wevtutil, reg) and what their failures mean. A program is run by its
 * full path in `%SystemRoot%\System32`, never by name: Windows looks for a bare name in the current folder
 * before PATH, so a `wevtutil.exe` planted in a case folder would run with the admin's rights.
 */
import { isAbsolute as isAbsolutePosix, join as joinPosix } from 'node:path/posix';
import { isAbsolute as isAbsoluteWin32, join as joinWin32 } from 'node:path/win32';

type Env = Readonly<Record<string, string | undefined>>;

/** Windows' environment names ignore case (`SystemRoot`, `SYSTEMROOT`); a test's plain object may not. */
function envValue(env: Env, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : env[key];
}

/**
 * `%SystemRoot%\System32\<name>.exe`. An unset or relative SystemRoot (which would again mean the current
 * folder) falls back to `C:\Windows`. On another platform (tests fake Windows with RDPDIAG_PLATFORM=win32)
 * the same layout under a POSIX SystemRoot, where the tests install stand-ins.
 */
export function systemProgram(name: string, env: Env, hostPlatform: string = process.platform): string {
  const root = envValue(env, 'SystemRoot') ?? envValue(env, 'windir');
  if (hostPlatform !== 'win32' && root !== undefined && isAbsolutePosix(root))
    return joinPosix(root, 'System32', `${name}.exe`);
  const windows = root !== undefined && isAbsoluteWin32(root) && /^[a-z]:\\|^\\\\/i.test(root) ? root : 'C:\\Windows';
  return joinWin32(windows, 'System32', `${name}.exe`);
}

/** Win32 error codes wevtutil exits with (its message is in the system's language, the code is not). */
const ERROR_ACCESS_DENIED = 5;
const ERROR_EVT_CHANNEL_NOT_FOUND = 15007;

export type WevtutilFailure = 'not-found' | 'access-denied' | 'other';

/** What a failed wevtutil run means: by its exit code, else by its English message. */
export function wevtutilFailure(code: number, message: string): WevtutilFailure {
  if (code === ERROR_EVT_CHANNEL_NOT_FOUND || /could not be found|\b15007\b|does not exist/i.test(message))
    return 'not-found';
  if (code === ERROR_ACCESS_DENIED || /access is denied/i.test(message)) return 'access-denied';
  return 'other';
}
