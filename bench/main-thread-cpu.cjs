// Preloaded into a benchmarked rdpdiag (NODE_OPTIONS=--require …): at exit, prints the main thread's own CPU
// seconds on stderr (`@@main <seconds>`), so a run with worker threads shows the main thread's share apart
// from the process total. Linux only (/proc); elsewhere it prints nothing.
const { isMainThread } = require('node:worker_threads');
const { readFileSync } = require('node:fs');

if (isMainThread && process.platform === 'linux') {
  process.on('exit', () => {
    try {
      const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime (fields 14 and 15 of stat), in clock ticks of 1/100 s on Linux.
      process.stderr.write(`\n@@main ${(Number(fields[11]) + Number(fields[12])) / 100}\n`);
    } catch {
      // no /proc: no figure
    }
  });
}
