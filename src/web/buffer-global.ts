/**
 * The .evtx parser reads with Node's Buffer API (readUInt32LE and the like); in the page the `buffer`
 * package supplies it (injected by the build wherever `Buffer` is used).
 */
export { Buffer } from 'buffer';
