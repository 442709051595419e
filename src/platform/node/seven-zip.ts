/**
 * The machine's 7-Zip, for `.7z` archives (`SevenZipTool`, src/ingest/seven-zip.ts): `7zz` (7-Zip for Linux and
 * macOS), `7z` and `7za` (p7zip, 7-Zip), found on PATH or where Windows installs 7-Zip, else libarchive's `bsdtar`
 * (macOS, Windows 10 and later). Nothing is downloaded: without one, `.7z` inputs are refused with what to do.
 *
 * An archive is listed first (`7z l -slt`, `bsdtar -tf`), then each member is extracted on its own to a pipe
 * (`7z e -so -spd`, `bsdtar -xOf`): nothing is written to disk but the copy of an archive that is itself a member of
 * another (a temporary folder of its own, removed when read). A wrong password is given (`-p`), so an encrypted
 * archive fails at once instead of waiting for one on the terminal.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, openSync, closeSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { SevenZipListing, SevenZipMember, SevenZipTool } from '../../ingest/seven-zip.js';
import type { InputSource } from '../../model/source.js';

const SEVEN_ZIPS = ['7zz', '7z', '7za'] as const;
/** No archive has it: an encrypted archive fails at once rather than asking for a password. */
const NO_PASSWORD = '-prdpdiag-has-no-password';

/**
 * The tool found for a PATH.
 * @cache the executable found for a PATH value (a pure function of it and the file system, which a run does not change).
 */
const found = new Map<string, SevenZipTool | null>();

/** The 7-Zip (or bsdtar) on this machine, or undefined. */
export function findSevenZip(env: NodeJS.ProcessEnv = process.env): SevenZipTool | undefined {
  const path = env.PATH ?? env.Path ?? '';
  const known = found.get(path);
  if (known !== undefined) return known ?? undefined;
  const dirs = path.split(delimiter).filter(Boolean);
  if (process.platform === 'win32')
    for (const root of [env.ProgramFiles, env['ProgramFiles(x86)']]) if (root) dirs.push(join(root, '7-Zip'));
  const exe = (name: string) => {
    for (const dir of dirs) {
      const file = join(dir, process.platform === 'win32' ? `${name}.exe` : name);
      try {
        accessSync(file, constants.X_OK);
        if (statSync(file).isFile()) return file;
      } catch {}
    }
    return undefined;
  };
  let tool: SevenZipTool | null = null;
  for (const name of SEVEN_ZIPS) {
    const file = exe(name);
    if (file) {
      tool = sevenZipTool(name, file);
      break;
    }
  }
  if (!tool) {
    const file = exe('bsdtar');
    if (file) tool = bsdtarTool(file);
  }
  found.set(path, tool);
  return tool ?? undefined;
}

/** The archive as a file the tool can open: the file itself, or a private copy of a member of another archive. */
async function onDisk(source: InputSource, maxBytes: number): Promise<{ path: string; remove(): void }> {
  try {
    const s = statSync(source.name);
    if (s.isFile() && source.random?.size === s.size) return { path: source.name, remove: () => {} };
  } catch {}
  const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-7z-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const path = join(dir, 'archive.7z');
  const fd = openSync(path, 'wx', 0o600);
  try {
    let total = 0;
    for await (const piece of source.chunks()) {
      total += piece.length;
      if (total > maxBytes) throw new Error('the archive is larger than what is left of the archive budget');
      writeSync(fd, piece);
    }
  } catch (err) {
    closeSync(fd);
    remove();
    throw err;
  }
  closeSync(fd);
  return { path, remove };
}

/** A listing's text: about 300 bytes a member, the 10,000 members an archive may hold many times over. */
const MAX_LISTING_BYTES = 32 * 1024 ** 2;

/** The tool's output of a run (stdout whole, for listings), or an Error with its first line of complaint. */
function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let bytes = 0;
    let tooLong = false;
    child.stdout.on('data', (b: Buffer) => {
      bytes += b.length;
      // A listing of more members than any archive read may hold: stopped, not held (a hostile archive).
      if (bytes > MAX_LISTING_BYTES) {
        tooLong = true;
        child.kill();
      } else out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 64) err.push(b);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (tooLong) {
        reject(
          new Error(
            `its listing is longer than ${MAX_LISTING_BYTES / 1024 ** 2} MiB (more members than rdpdiag reads)`,
          ),
        );
        return;
      }
      const stdout = Buffer.concat(out).toString('utf8');
      if (code === 0) resolve(stdout);
      else reject(new Error(complaint(Buffer.concat(err).toString('utf8') || stdout, code)));
    });
  });
}

/** The line of the tool's output that says what went wrong. */
function complaint(text: string, code: number | null): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const line =
    lines.find((l) => /wrong password|encrypted/i.test(l)) ??
    lines.find((l) => /^(ERROR|Error|E_FAIL)|can ?not|unexpected|headers error|not supported/i.test(l)) ??
    lines.find((l) => l !== '');
  return `${(line ?? `exit code ${code}`).slice(0, 200)}`;
}

/** A member's bytes from the tool's stdout, the process stopped past `maxBytes`. */
async function* streamed(file: string, args: string[], maxBytes: number): AsyncGenerator<Uint8Array> {
  const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  const err: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => {
    if (err.length < 64) err.push(b);
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  let total = 0;
  try {
    for await (const piece of child.stdout as AsyncIterable<Buffer>) {
      total += piece.length;
      yield new Uint8Array(piece.buffer, piece.byteOffset, piece.length);
      if (total > maxBytes) return;
    }
    const code = await exited;
    if (code !== 0) throw new Error(complaint(Buffer.concat(err).toString('utf8'), code));
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}

function sevenZipTool(name: string, file: string): SevenZipTool {
  return {
    name,
    async list(source, maxBytes) {
      const archive = await onDisk(source, maxBytes);
      let text: string;
      try {
        text = await run(file, ['l', '-slt', NO_PASSWORD, '--', archive.path]);
      } catch (err) {
        archive.remove();
        throw err;
      }
      return listing(parseSlt(text), archive, (m, max) =>
        streamed(file, ['e', '-so', '-spd', NO_PASSWORD, '--', archive.path, m.name], max),
      );
    },
  };
}

function bsdtarTool(file: string): SevenZipTool {
  return {
    name: 'bsdtar',
    async list(source, maxBytes) {
      const archive = await onDisk(source, maxBytes);
      let text: string;
      try {
        text = await run(file, ['-tf', archive.path]);
      } catch (err) {
        archive.remove();
        throw err;
      }
      const members = text
        .split(/\r?\n/)
        .filter((l) => l !== '')
        .map((n) => ({ name: n, size: undefined, packedSize: undefined, encrypted: false, folder: n.endsWith('/') }));
      // bsdtar takes member names as patterns: a name with a pattern's characters could match others.
      return listing(members, archive, (m, max) => {
        if (/[*?[\\]/.test(m.name)) throw new Error('its name holds pattern characters bsdtar would expand');
        return streamed(file, ['-xOf', archive.path, m.name], max);
      });
    },
  };
}

function listing(
  members: SevenZipMember[],
  archive: { remove(): void },
  extract: (m: SevenZipMember, maxBytes: number) => AsyncIterable<Uint8Array>,
): SevenZipListing {
  return {
    members,
    extract,
    close: async () => archive.remove(),
  };
}

/** `7z l -slt`: the members' blocks after the `----------` line, `Key = Value` a line. */
export function parseSlt(text: string): SevenZipMember[] {
  const start = text.indexOf('\n----------');
  if (start < 0) return [];
  const members: SevenZipMember[] = [];
  for (const block of text.slice(start + 11).split(/\r?\n\r?\n/)) {
    const fields = new Map<string, string>();
    for (const line of block.split(/\r?\n/)) {
      const eq = line.indexOf(' = ');
      if (eq > 0) fields.set(line.slice(0, eq), line.slice(eq + 3));
      else if (line.endsWith(' =')) fields.set(line.slice(0, -2), '');
    }
    const name = fields.get('Path');
    if (name === undefined) continue;
    const number = (k: string) => {
      const v = fields.get(k);
      return v && /^\d+$/.test(v) ? Number(v) : undefined;
    };
    members.push({
      name,
      size: number('Size'),
      packedSize: number('Packed Size'),
      encrypted: fields.get('Encrypted') === '+',
      folder: fields.get('Folder') === '+' || /^D/.test(fields.get('Attributes') ?? ''),
    });
  }
  return members;
}
