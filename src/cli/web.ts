import { copyFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT_CLEAN, EXIT_USAGE_OR_INPUT } from './exit.js';
import { printError, printNote } from './io.js';

/** The page, built with the package (`npm run build`: scripts/build-web.mjs); dist/src/cli → dist/web. */
const PAGE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'rdpdiag.html');

export interface WebOptions {
  output: string;
}

/** `rdpdiag web --output rdpdiag.html`: writes the offline browser page. */
export async function runWeb(o: WebOptions): Promise<number> {
  try {
    await copyFile(PAGE, o.output);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT' && !(await stat(PAGE).catch(() => undefined));
    printError(
      missing
        ? `the page is not built (${PAGE} is missing): run \`npm run build\` in the rdpdiag folder`
        : `cannot write ${o.output}: ${(err as Error).message}`,
    );
    return EXIT_USAGE_OR_INPUT;
  }
  const { size } = await stat(o.output);
  printNote(
    `wrote ${o.output} (${Math.round(size / 1024)} KiB): open it in a browser (works offline, from a USB stick or an email attachment); logs picked in it never leave the computer`,
  );
  return EXIT_CLEAN;
}
