/**
 * `.7z` read through the machine's 7-Zip (src/platform/node/seven-zip.ts; CI installs p7zip-full): the same answers
 * as the folder it was made of, members extracted one at a time under the budgets of zip and tar; an encrypted
 * archive, a name that leaves it once decoded, a member that says it expands past the ratio limit: one line each,
 * the rest read. Skipped only where no 7-Zip is installed (the refusal then: seven-zip.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findSevenZip, parseSlt } from '../../src/platform/node/seven-zip.js';
import { rdpdiag, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';

const tool = findSevenZip();
const sevenZipBinary = tool && tool.name !== 'bsdtar' ? tool.name : undefined;

/** `7z a` of `files` (relative to `cwd`) into `archive`, with extra switches. */
function sevenZip(archive: string, cwd: string, files: string[], switches: string[] = []): void {
  execFileSync(sevenZipBinary!, ['a', '-bd', '-mx=1', ...switches, archive, ...files], { cwd, stdio: 'ignore' });
}

interface Report {
  attempts: { start: string; outcome: string; user?: string; causes: { id: string }[]; server: { name?: string } }[];
  findings: { id: string }[];
  inputs: {
    path: string;
    format: string;
    records: number;
    error?: { message: string };
    warnings: { message: string }[];
  }[];
}
async function analyze(paths: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const r = await rdpdiag(['analyze', ...paths, '--format', 'json']);
  return { code: r.code, report: (r.stdout ? JSON.parse(r.stdout) : {}) as Report, stderr: r.stderr };
}
const answer = (r: Report) => ({
  attempts: r.attempts.map((a) => [a.server.name, a.start, a.outcome, a.user, a.causes[0]?.id]),
  findings: r.findings.map((f) => f.id).sort(),
});

const SCENARIO = join(ROOT, 'samples/two-servers-mixed');

describe.skipIf(!sevenZipBinary)('.7z read through the machine’s 7-Zip', () => {
  it("lists 7z's technical listing as members", () => {
    const members = parseSlt(
      'Path = x.7z\nType = 7z\n\n----------\nPath = logs\nFolder = +\nSize = 0\n\nPath = logs/a.evtx\nSize = 69632\nPacked Size = 1200\nEncrypted = -\n\n',
    );
    expect(members).toEqual([
      { name: 'logs', size: 0, packedSize: undefined, encrypted: false, folder: true },
      { name: 'logs/a.evtx', size: 69632, packedSize: 1200, encrypted: false, folder: false },
    ]);
  });

  it('gives the answers of the folder it was made of, each log read as an input of its own', async () => {
    const dir = tempDir();
    const archive = join(dir, 'two-servers.7z');
    sevenZip(archive, join(ROOT, 'samples'), ['two-servers-mixed']);
    const folder = await analyze([SCENARIO]);
    const packed = await analyze([archive]);
    expect(packed.code).toBe(folder.code);
    expect(answer(packed.report)).toEqual(answer(folder.report));
    expect(packed.report.inputs.map((i) => i.path)).toContain(
      `${archive}/two-servers-mixed/RdpCoreTS-Operational-RDSH01.xml`,
    );
  });

  it('follows archives within it: a .zip in the .7z, a .7z in a .zip', async () => {
    const dir = tempDir();
    const inner = join(dir, 'inner');
    mkdirSync(inner);
    const xml = ['LocalSessionManager-Operational.xml', 'RemoteConnectionManager-Operational.xml'];
    const zip: Record<string, Uint8Array> = {};
    for (const f of xml) zip[f] = new Uint8Array(execFileSync('cat', [join(SCENARIO, f)]));
    writeFileSync(join(inner, 'hosts.zip'), zipSync(zip));
    copyFileSync(join(SCENARIO, 'ForwardedEvents-Security.xml'), join(inner, 'ForwardedEvents-Security.xml'));
    const outer = join(dir, 'outer.7z');
    sevenZip(outer, inner, ['hosts.zip', 'ForwardedEvents-Security.xml']);
    const packed = await analyze([outer]);
    expect(packed.report.inputs.filter((i) => i.records > 0).map((i) => i.path.slice(outer.length))).toEqual([
      '/ForwardedEvents-Security.xml',
      '/hosts.zip/LocalSessionManager-Operational.xml',
      '/hosts.zip/RemoteConnectionManager-Operational.xml',
    ]);
    const wrapped = join(dir, 'wrapped.zip');
    writeFileSync(wrapped, zipSync({ 'evidence/outer.7z': new Uint8Array(execFileSync('cat', [outer])) }));
    const twice = await analyze([wrapped]);
    expect(answer(twice.report)).toEqual(answer(packed.report));
  });

  it('an archive with encrypted names: refused in one line; encrypted members: each skipped, the rest read', async () => {
    const dir = tempDir();
    const hidden = join(dir, 'hidden.7z');
    sevenZip(hidden, SCENARIO, ['ForwardedEvents-Security.xml'], ['-psecret', '-mhe=on']);
    const h = await analyze([hidden]);
    expect(h.code).toBe(2);
    expect(h.stderr).toMatch(/hidden\.7z: 7z\w* cannot list this 7-Zip archive: .*(password|encrypted)/i);
    const locked = join(dir, 'locked.7z');
    sevenZip(locked, SCENARIO, ['ForwardedEvents-Security.xml'], ['-psecret']);
    sevenZip(locked, SCENARIO, ['LocalSessionManager-Operational.xml']);
    const l = await analyze([locked]);
    const messages = l.report.inputs.flatMap((i) => i.warnings.map((w) => w.message));
    expect(messages).toEqual([expect.stringMatching(/ForwardedEvents-Security\.xml" skipped: encrypted/)]);
    expect(l.report.inputs.filter((i) => i.records > 0)).toHaveLength(1);
  });

  it('a name that leaves the archive once its URL encoding is decoded: that member refused, the rest read', async () => {
    const dir = tempDir();
    const tree = join(dir, 'collection', 'uploads', 'auto', '%2E%2E');
    mkdirSync(tree, { recursive: true });
    copyFileSync(join(SCENARIO, 'ForwardedEvents-Security.xml'), join(tree, 'Security.xml'));
    copyFileSync(join(SCENARIO, 'LocalSessionManager-Operational.xml'), join(dir, 'collection', 'LSM.xml'));
    const archive = join(dir, 'collection.7z');
    sevenZip(archive, join(dir, 'collection'), ['uploads', 'LSM.xml']);
    const r = await analyze([archive]);
    const messages = r.report.inputs.flatMap((i) => i.warnings.map((w) => w.message));
    expect(messages).toEqual([expect.stringMatching(/%2E%2E\/Security\.xml" skipped: .*URL encoding is decoded/)]);
    expect(r.report.inputs.filter((i) => i.records > 0).map((i) => i.path)).toEqual([`${archive}/LSM.xml`]);
  });

  it('a bomb (a member that says it expands thousands of times): refused before it is extracted', async () => {
    const dir = tempDir();
    const zeros = join(dir, 'System.evtx');
    writeFileSync(zeros, new Uint8Array(40 * 1024 * 1024));
    copyFileSync(join(SCENARIO, 'LocalSessionManager-Operational.xml'), join(dir, 'LSM.xml'));
    const archive = join(dir, 'bomb.7z');
    // Not solid: each member's packed size is its own.
    sevenZip(archive, dir, ['System.evtx', 'LSM.xml'], ['-ms=off']);
    const before = process.memoryUsage().rss;
    const r = await analyze([archive]);
    const messages = r.report.inputs.flatMap((i) => i.warnings.map((w) => w.message));
    expect(messages).toEqual([expect.stringMatching(/System\.evtx" skipped: it would expand \d+ times/)]);
    expect(r.report.inputs.filter((i) => i.records > 0).map((i) => i.path)).toEqual([`${archive}/LSM.xml`]);
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
  });
});
