/** The paste reader's own tables (knowledge as data) and their lookups. See each module's header for its sources. */
export * from './codes/mstsc-combinations.js';
export * from './codes/schannel-errors.js';
export * from './codes/events.js';
export * from './codes/gateway-proxy.js';
export * from './codes/avd-errors.js';
export * from './codes/names.js';
export * from './codes/kerberos.js';
export * from './sentences/sentences.js';
export * from './codes/client-apps.js';
