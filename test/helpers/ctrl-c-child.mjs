/**
 * `node ctrl-c-child.mjs <bin/rdpdiag> <args…>`: rdpdiag as a child a Windows test can stop as Ctrl-C
 * does. On Windows Node's `kill()` ends a child at once (TerminateProcess), whatever the signal named, and
 * a test has no console to press Ctrl-C in: the test sends the signal's name over IPC instead, and the
 * child raises the same signal event Node raises at Ctrl-C (SIGINT), Ctrl-Break (SIGBREAK) or a closed
 * console (SIGHUP). What rdpdiag does then is what it does at the key press.
 */
import { pathToFileURL } from 'node:url';

process.on('message', (name) => {
  if (['SIGINT', 'SIGTERM', 'SIGBREAK', 'SIGHUP'].includes(name)) process.emit(name, name);
});
// The IPC channel must not keep rdpdiag running once it has stopped.
process.channel?.unref();
const [bin] = process.argv.splice(2, 1);
await import(pathToFileURL(bin).href);
