/**
 * The page's status line (issue #61): a run whose only input was refused (a lone .7z) says so, not "1 file(s) read
 * … 0 attempt(s)" as if the log held no connection; files refused beside logs read are counted apart.
 */
import { describe, expect, it } from 'vitest';
import { statusLine } from '../../src/web/status.js';

const none = { attempts: 0, succeeded: 0, failed: 0, inProgress: 0, unknown: 0 };
const some = { attempts: 4, succeeded: 1, failed: 3, inProgress: 0, unknown: 0 };

describe('the page’s status line', () => {
  it('a lone file refused: nothing read, said so', () => {
    const line = statusLine({ files: 1, refused: 1, ms: 40, counts: none, skippedFromFolders: 0 });
    expect(line).toBe('Nothing read: the file given was refused (the error is below).');
    expect(line).not.toMatch(/attempt/);
  });

  it('every file refused', () => {
    expect(statusLine({ files: 3, refused: 3, ms: 40, counts: none, skippedFromFolders: 2 })).toBe(
      'Nothing read: the 3 files given were refused (the errors are below); 2 other file(s) of the folders left aside.',
    );
  });

  it('some refused beside logs read: counted apart', () => {
    expect(statusLine({ files: 5, refused: 1, ms: 1234, counts: some, skippedFromFolders: 0 })).toBe(
      '5 file(s) read in 1.2 s (1 of them refused: see the error below): 4 attempt(s), 3 failed, 1 succeeded.',
    );
  });

  it('none refused: as before', () => {
    expect(statusLine({ files: 4, refused: 0, ms: 500, counts: some, skippedFromFolders: 0 })).toBe(
      '4 file(s) read in 0.5 s: 4 attempt(s), 3 failed, 1 succeeded.',
    );
    expect(statusLine({ files: 1, refused: 0, ms: 500, counts: none, skippedFromFolders: 0 })).toBe(
      '1 file(s) read in 0.5 s: 0 attempt(s), 0 failed, 0 succeeded.',
    );
  });
});
