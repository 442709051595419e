import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputWarning, NormalizedEvent } from '../../src/model/event.js';
import type { EventBatches, ReadOptions } from '../../src/model/reader.js';

const made: string[] = [];

/** Removes every folder `tempDir` made; `test/setup.ts` calls it after each test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh temporary folder, removed when the test file ends. */
export function tempDir(prefix = 'rdpdiag-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function writeTemp(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A fresh temporary folder (`tempDir`) holding `files`, each name with its content. */
export function tempFolderWith(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeTemp(dir, name, content);
  return dir;
}

export interface Collected {
  events: NormalizedEvent[];
  warnings: InputWarning[];
  error?: Error;
}

/** Runs a reader to the end, keeping events, warnings and a final error instead of throwing. */
export async function collect(
  read: (path: string, opts: ReadOptions) => EventBatches,
  path: string,
): Promise<Collected> {
  const warnings: InputWarning[] = [];
  const events: NormalizedEvent[] = [];
  try {
    for await (const batch of read(path, { warn: (w) => warnings.push(w) })) events.push(...batch);
  } catch (error) {
    return { events, warnings, error: error as Error };
  }
  return { events, warnings };
}
