/** Code tables (knowledge as data) and their lookups. See each module's header for its sources. */
export * from './types.js';
export * from './parse.js';
export * from './mstsc-disconnect-reasons.js';
export * from './mstsc-extended-reasons.js';
export * from './mstsc-combinations.js';
export * from './lsm-40-reasons.js';
export * from './ntstatus.js';
export * from './sspi-status.js';
export * from './tls-alerts.js';
export * from './schannel-errors.js';
export * from './events.js';
export * from './gateway-proxy.js';
export * from './avd-errors.js';
export * from './names.js';
export * from './kerberos.js';
export * from './sentences.js';
export * from './client-apps.js';
