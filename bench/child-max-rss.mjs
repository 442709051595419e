// Runs the rdpdiag CLI in this process and reports its peak memory on stderr as JSON (used by the benchmarks).
import { pathToFileURL } from 'node:url';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { main } = await import(pathToFileURL(join(root, 'dist', 'src', 'cli', 'main.js')).href);
const started = process.hrtime.bigint();
const code = await main(process.argv.slice(2));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
process.stderr.write(`\n@@bench ${JSON.stringify({ code, seconds, cpuSeconds, maxRssBytes: usage.maxRSS * 1024 })}\n`);
process.exitCode = code;
