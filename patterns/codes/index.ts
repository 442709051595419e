/**
 * The code tables the log analysis decodes event fields with (`{clause.Field|ntstatus}` in an explanation, a 4625's
 * status): knowledge as data, each module's header naming its sources. The paste reader's own tables (sentences,
 * localized wordings, client apps, AVD, gateway, Kerberos…) live with it in src/explain/tables/.
 */
export * from './types.js';
export * from './parse.js';
export * from './mstsc-disconnect-reasons.js';
export * from './mstsc-extended-reasons.js';
export * from './lsm-40-reasons.js';
export * from './ntstatus.js';
export * from './sspi-status.js';
export * from './tls-alerts.js';
