/** A `.7z` as rdpdiag meets it on a machine without 7-Zip, for the tests of its refusal. */
import { afterAll, beforeAll } from 'vitest';

/** The start of a 7-Zip archive (signature, version 0.4, then its start header). */
export const SEVEN_ZIP = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04, ...new Array(24).fill(0)]);

/** No 7-Zip on the machine for the tests of the enclosing `describe`: PATH emptied before them, given back after. */
export function withoutSevenZip(): void {
  const path = process.env.PATH;
  beforeAll(() => {
    process.env.PATH = '';
  });
  afterAll(() => {
    process.env.PATH = path;
  });
}
