/** The paste reader's own tables (knowledge as data) and their lookups. See each module's header for its sources. */
export * from './mstsc-combinations.js';
export * from './schannel-errors.js';
export * from './events.js';
export * from './gateway-proxy.js';
export * from './avd-errors.js';
export * from './names.js';
export * from './kerberos.js';
export * from './sentences.js';
export * from './client-apps.js';
