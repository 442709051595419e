import { utimesSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { detectState, readState } from '../../parsers/state/index.js';
import type { InputWarning } from '../../src/model/event.js';
import { memoryInput } from '../../src/model/source.js';
import type { StateFile } from '../../src/model/state.js';

/** Text as UTF-16LE with its mark, as regedit, secedit and PowerShell 5.1's `>` write it. */
export function utf16(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

/** Reads bytes as a state file, detected by content: its `StateFile` and the warnings. */
export async function readStateBytes(name: string, bytes: Uint8Array) {
  const format = detectState(bytes.subarray(0, 64 * 1024));
  const warnings: InputWarning[] = [];
  let file: StateFile | undefined;
  if (format)
    for await (const _ of readState(memoryInput(name, bytes), format, {
      warn: (w) => warnings.push(w),
      state: (f) => {
        file = f;
      },
    }));
  return { format, file, warnings };
}

/** Gives every file under `dir` the modification time `iso` (a state file's time when it says none), for stable runs. */
export function stampTimes(dir: string, iso: string): void {
  const t = new Date(iso);
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) stampTimes(p, iso);
    else utimesSync(p, t, t);
  }
}
