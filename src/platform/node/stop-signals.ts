/**
 * The signals that stop a run and that it can see (so it can remove what it made first): Ctrl-C (SIGINT), a kill
 * (SIGTERM), the terminal closed (SIGHUP), and on Windows Ctrl-Break (SIGBREAK). SIGKILL cannot be seen: what it
 * leaves is removed by the next run (temp-file.ts, removeStaleTempFolders).
 */
export function stopSignals(platform: string = process.platform): NodeJS.Signals[] {
  return platform === 'win32' ? ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];
}
