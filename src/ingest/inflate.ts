/**
 * fflate's streaming inflater, on its own so that `archive.ts` loads it with `import()` when an archive
 * has a deflated entry: reading logs that are not archived (the usual `dump` and `analyze`) never loads
 * fflate, and the page's bundle keeps only this part of it.
 */
export { Inflate, inflateSync } from 'fflate';
