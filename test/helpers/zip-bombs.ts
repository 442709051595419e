/** The hand-built zips of the archive attacks: one writer, shared with bench/make-hostile-zips.mjs. */
export { buildZip, smallLog, type ZipPart } from './zip-writer.mjs';
