/**
 * The budget one archive's members meet, the same in a zip, a 7z and a tar (src/ingest/archive.ts `budgetCheck`):
 * the bytes first, then the count of logs, said in full once per archive and in short after.
 */
import { describe, expect, it } from 'vitest';
import { budgetCheck, DEFAULT_ARCHIVE_LIMITS, newArchiveBudget } from '../../src/ingest/archive.js';

describe('budgetCheck', () => {
  it('takes a member within the budget, says the bytes first, then the count once in full', () => {
    const budget = newArchiveBudget({ ...DEFAULT_ARCHIVE_LIMITS, maxTotalBytes: 2 * 1024 ** 2, maxInputs: 1 });
    const over = budgetCheck(budget);
    expect(over(1024)).toBeUndefined();
    expect(over(3 * 1024 ** 2)).toBe(
      'the archive would unpack to more than 2 MiB (the limit); unpack it and read the folder',
    );
    budget.remainingInputs = 0;
    expect(over(1024)).toBe(
      'more than 1 logs and archives in this archive and those within it (the limit); unpack it and read the folder',
    );
    expect(over(1024)).toBe('over the limit of logs read from one archive');
    // Said in full again in the next archive, which has its own check.
    expect(budgetCheck(budget)(1024)).toMatch(/^more than 1 logs/);
  });
});
