import { appendFileSync } from 'node:fs';
import { afterAll, expect } from 'vitest';
import { removeTempDirs } from './helpers/collect.js';

// Where the CPU goes, file by file (issue #64): `RDPDIAG_TEST_CPU=/tmp/cpu.tsv npm run test:fast`, then
// `sort -rn /tmp/cpu.tsv | head`. This setup runs again before each file (isolate: false), so the worker’s CPU time
// from here to the file's end is the file's own: its imports not yet loaded, its set-up and its tests, in
// milliseconds of user + system time (other programs on the machine inflate it far less than wall time).
const cpuLog = process.env.RDPDIAG_TEST_CPU;
if (cpuLog) {
  const start = process.cpuUsage();
  afterAll(() => {
    const used = process.cpuUsage(start);
    const file = (expect.getState().testPath ?? '?').replaceAll('\\', '/').replace(/^.*?\/(?=test\/)/, '');
    appendFileSync(cpuLog, `${Math.round((used.user + used.system) / 1000)}\t${file}\n`);
  });
}

// Vitest workers never fire process 'exit' handlers reliably: temporary folders go when each file ends.
afterAll(() => removeTempDirs());
