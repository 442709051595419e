/**
 * File and folder names that are not valid UTF-8 (Latin-1 names left by old unzip tools): a folder walk
 * reads them (issue #26), shows them decoded as Latin-1 and opens them by their bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';

const SECURITY = readFileSync(join(ROOT, 'samples/auth-bad-credentials/Security.xml'));
const LSM = readFileSync(join(ROOT, 'samples/healthy-day/LocalSessionManager-Operational.xml'));
const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe.skipIf(process.platform !== 'linux')('non-UTF-8 file names', () => {
  it('are read in a folder, nested folders too, and named as Latin-1', async () => {
    const dir = tempDir();
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1('Sécurité.xml')]), SECURITY);
    const sub = Buffer.concat([Buffer.from(`${dir}/`), latin1('dossier-é')]);
    mkdirSync(sub);
    writeFileSync(Buffer.concat([sub, Buffer.from('/'), latin1('ç.xml')]), LSM);
    const r = await rdpdiag(['timeline', dir, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const sources = new Set(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).source),
    );
    expect([...sources].sort()).toEqual([join(dir, 'Sécurité.xml'), join(dir, 'dossier-é', 'ç.xml')]);
    expect(r.stderr).not.toMatch(/error/);
  });
});
