/** Running programs (wevtutil) from Node: shared by `analyze --follow` live channels and `collect`. */
import { execFile } from 'node:child_process';
import { detectEncoding } from '../../../parsers/xml/index.js';

export interface ExecResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs a program without a shell (arguments are never re-parsed); injectable for tests. */
export type Exec = (file: string, args: string[]) => Promise<ExecResult>;

export const defaultExec: Exec = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024, windowsHide: true, timeout: 120_000 },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: string | number }) | null;
        if (e && typeof e.code === 'string') {
          reject(e);
          return;
        }
        resolve({
          code: e ? (typeof e.code === 'number' ? e.code : 1) : 0,
          stdout: stdout as Buffer,
          stderr: decodeText(stderr as Buffer),
        });
      },
    );
  });

/** wevtutil writes UTF-16 with `/uni:true` and the console code page otherwise: decode either. */
export function decodeText(buf: Buffer): string {
  if (buf.length === 0) return '';
  const { encoding, bomLength } = detectEncoding(buf.subarray(0, 512));
  try {
    return new TextDecoder(encoding).decode(buf.subarray(bomLength));
  } catch {
    return buf.toString('latin1');
  }
}
