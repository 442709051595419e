/**
 * .tar and .tar.gz archives (OTRF's Security-Datasets ship their logs so) read as if unpacked, streamed: each log
 * member read as one input named under the archive, long names (GNU `L`, pax `path`) kept, names that climb out
 * refused, and a cut or damaged archive keeps every member before the damage with a warning naming the byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/read.js';
import type { InputSummary, NormalizedEvent } from '../../src/model/event.js';
import { pathInput } from '../../src/platform/node/file-source.js';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { tarPad as pad, tarHeader as header } from '../helpers/tar.js';

const sample = (name: string) => readFileSync(join(ROOT, 'samples', 'healthy-day', name));
const LSM = sample('LocalSessionManager-Operational.xml');
const RCM = sample('RemoteConnectionManager-Operational.xml');

const member = (name: string, data: Buffer, type = '0') => Buffer.concat([header(name, data.length, type), pad(data)]);
const end = Buffer.alloc(1024);

function tar(...members: Buffer[]): Buffer {
  return Buffer.concat([...members, end]);
}

async function read(path: string): Promise<{ summaries: InputSummary[]; events: NormalizedEvent[] }> {
  const events: NormalizedEvent[] = [];
  const summaries = await readInputs([pathInput(path)], (batch) => void events.push(...batch));
  return { summaries, events };
}

describe('tar archives', () => {
  it('a .tar.gz of logs is read member by member, each named under the archive, as the files themselves', async () => {
    const dir = tempDir('rdpdiag-tar-');
    const path = join(dir, 'dataset.tar.gz');
    writeFileSync(
      path,
      gzipSync(
        tar(
          member('logs/', Buffer.alloc(0), '5'),
          member('logs/lsm.xml', LSM),
          member('logs/notes.txt', Buffer.from('x')),
          member('logs/rcm.xml', RCM),
        ),
      ),
    );
    const { summaries, events } = await read(path);
    expect(summaries.map((s) => s.path)).toEqual([join(path, 'logs', 'lsm.xml'), join(path, 'logs', 'rcm.xml')]);
    expect(summaries.every((s) => !s.error && s.warnings.length === 0)).toBe(true);
    const direct = await readInputs(
      [
        pathInput(join(ROOT, 'samples/healthy-day/LocalSessionManager-Operational.xml')),
        pathInput(join(ROOT, 'samples/healthy-day/RemoteConnectionManager-Operational.xml')),
      ],
      () => {},
    );
    expect(summaries.map((s) => s.records)).toEqual(direct.map((s) => s.records));
    expect(events.length).toBe(direct.reduce((n, s) => n + s.records, 0));
  });

  it('keeps GNU long names and pax paths', async () => {
    const dir = tempDir('rdpdiag-tar-');
    const long = `${'a-very-long-folder-name/'.repeat(5)}lsm.xml`;
    // A pax record is `<length> key=value\n`, its length counting its own digits.
    const record = ` path=${long.replace('lsm', 'rcm')}\n`;
    const digits = String(record.length + 3).length;
    const pax = Buffer.from(`${record.length + digits}${record}`);
    const path = join(dir, 'long.tar');
    writeFileSync(
      path,
      tar(
        member('././@LongLink', Buffer.from(`${long}\0`), 'L'),
        member('cut-name.xml', LSM),
        member('PaxHeader', pax, 'x'),
        member('other.xml', RCM),
      ),
    );
    const { summaries } = await read(path);
    expect(summaries.map((s) => s.path.slice(path.length + 1).replace(/\\/g, '/'))).toEqual([
      long,
      long.replace('lsm', 'rcm'),
    ]);
    expect(summaries.map((s) => s.records > 0)).toEqual([true, true]);
  });

  it('refuses a member whose name climbs out of the archive, and reads the rest', async () => {
    const dir = tempDir('rdpdiag-tar-');
    const path = join(dir, 'evil.tar');
    writeFileSync(path, tar(member('../../etc/evil.xml', LSM), member('ok.xml', RCM)));
    const { summaries } = await read(path);
    const archive = summaries.find((s) => s.format === 'tar')!;
    expect(archive.warnings.map((w) => [w.code, w.offset])).toEqual([['tar-member-skipped', 0]]);
    expect(archive.warnings[0]!.message).toMatch(/\.\./);
    expect(summaries.filter((s) => s.format !== 'tar').map((s) => s.path)).toEqual([join(path, 'ok.xml')]);
  });

  it('a cut archive keeps the members before the cut and says at which byte it stopped', async () => {
    const dir = tempDir('rdpdiag-tar-');
    const whole = tar(member('a.xml', LSM), member('b.xml', RCM));
    const cutAt = 512 + pad(LSM).length + 512 + 100;
    const path = join(dir, 'cut.tar.gz');
    writeFileSync(path, gzipSync(whole.subarray(0, cutAt)));
    const { summaries } = await read(path);
    const first = summaries.find((s) => s.path === join(path, 'a.xml'))!;
    expect(first.records).toBeGreaterThan(0);
    const archive = summaries.find((s) => s.format === 'tar')!;
    expect(archive.warnings.map((w) => w.code)).toEqual(['tar-cut-short']);
    expect(archive.warnings[0]!.message).toContain(`byte ${cutAt}`);
  });

  it('a .tgz whose gzip data is cut inside a member: that member read up to the cut, as the same cut .tar', async () => {
    const dir = tempDir('rdpdiag-tar-');
    const gz = gzipSync(tar(member('a.xml', LSM)));
    const cut = gz.subarray(0, Math.floor(gz.length / 2));
    const unpacked = gunzipSync(cut, { finishFlush: constants.Z_SYNC_FLUSH });
    expect(unpacked.length).toBeGreaterThan(1024);
    expect(unpacked.length).toBeLessThan(512 + LSM.length);
    const tgz = join(dir, 'cut.tgz');
    const plain = join(dir, 'cut.tar');
    writeFileSync(tgz, cut);
    writeFileSync(plain, unpacked);
    const fromTgz = await read(tgz);
    const fromTar = await read(plain);
    const logOf = (r: typeof fromTgz, path: string) => r.summaries.find((s) => s.path === join(path, 'a.xml'))!;
    expect(logOf(fromTgz, tgz).passedOver).toBeUndefined();
    expect(logOf(fromTgz, tgz).records).toBeGreaterThan(0);
    expect(logOf(fromTgz, tgz).records).toBe(logOf(fromTar, plain).records);
    expect(fromTgz.events.length).toBe(fromTar.events.length);
    const archive = fromTgz.summaries.find((s) => s.format === 'tar')!;
    expect(archive.warnings.map((w) => w.code)).toEqual(['tar-cut-short', 'gzip-cut-short']);
    expect(archive.warnings[0]!.message).toContain(`byte ${unpacked.length}`);
    expect(archive.warnings[1]!.offset).toBe(cut.length);
  });

  it('a .tgz whose gzip checksum is wrong: its members read, the checksum a warning (not a failure)', async () => {
    const dir = tempDir('rdpdiag-tar-');
    const gz = Buffer.from(gzipSync(tar(member('a.xml', LSM))));
    gz[gz.length - 8]! ^= 0xff;
    const path = join(dir, 'crc.tgz');
    writeFileSync(path, gz);
    const { summaries, events } = await read(path);
    expect(summaries.find((s) => s.path === join(path, 'a.xml'))!.records).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
    const archive = summaries.find((s) => s.format === 'tar')!;
    expect(archive.warnings.map((w) => [w.code, w.kind, w.offset])).toEqual([
      ['gzip-checksum', 'checksum', gz.length - 8],
    ]);
  });

  it('a damaged header with no valid header after it: what came before is kept, the loss named', async () => {
    const dir = tempDir('rdpdiag-tar-');
    const whole = tar(member('a.xml', LSM), member('b.xml', RCM));
    const at = 512 + pad(LSM).length;
    whole[at + 3] ^= 0xff;
    const path = join(dir, 'damaged.tar');
    writeFileSync(path, whole);
    const { summaries } = await read(path);
    expect(summaries.filter((s) => s.format !== 'tar').map((s) => s.path)).toEqual([join(path, 'a.xml')]);
    const archive = summaries.find((s) => s.format === 'tar')!;
    expect(archive.warnings.map((w) => [w.code, w.offset])).toEqual([['tar-damaged', at]]);
  });

  it('a folder holding a .tgz reads it; the CLI gives the same attempts as the logs unpacked', async () => {
    const dir = tempDir('rdpdiag-tar-');
    const names = ['LocalSessionManager-Operational.xml', 'RemoteConnectionManager-Operational.xml', 'Security.xml'];
    writeFileSync(join(dir, 'healthy.tgz'), gzipSync(tar(...names.map((n) => member(`healthy-day/${n}`, sample(n))))));
    const packed = await rdpdiag(['analyze', dir, '--format', 'json', '-q']);
    const plain = await rdpdiag(['analyze', ...names.map((n) => `samples/healthy-day/${n}`), '--format', 'json', '-q']);
    expect(packed.stderr).toBe('');
    expect(packed.code).toBe(plain.code);
    const attempts = (out: string) =>
      JSON.parse(out).attempts.map((a: { start: string; outcome: string; user?: string }) => [
        a.start,
        a.outcome,
        a.user,
      ]);
    expect(attempts(packed.stdout)).toEqual(attempts(plain.stdout));
    expect(attempts(packed.stdout).length).toBeGreaterThan(0);
  });
});
