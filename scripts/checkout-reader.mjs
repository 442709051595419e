/**
 * A checkout of a public repository, as the catalog generators read it (client-catalogs.mjs, nwm-bvnc-catalogs.mjs):
 * a directory holding its files, or a bare git directory read at HEAD.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A checkout's files: `read(path)` at HEAD, `readAt(ref, path)` at another version, and `versions()`, HEAD then the
 * repository's tags, newest first (its releases; none where the checkout has no git history).
 */
export function reader(dir) {
  const bare = existsSync(join(dir, 'HEAD')) && !existsSync(join(dir, '.git'));
  const git = (args) =>
    execFileSync('git', [...(bare ? ['--git-dir', dir] : ['-C', dir]), ...args], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  const readAt = (ref, path) => {
    try {
      return git(['show', `${ref}:${path}`]);
    } catch {
      return undefined;
    }
  };
  const commit = git(['rev-parse', 'HEAD']).trim();
  const versions = () => {
    let tags = [];
    try {
      tags = git(['for-each-ref', '--sort=-creatordate', '--format=%(refname:short)', 'refs/tags']).split('\n');
    } catch {
      // no history: HEAD only
    }
    return [{ ref: 'HEAD' }, ...tags.filter(Boolean).map((ref) => ({ ref }))];
  };
  if (bare) return { commit, read: (path) => readAt('HEAD', path), readAt, versions };
  const read = (path) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : undefined);
  return { commit, read, readAt, versions };
}
