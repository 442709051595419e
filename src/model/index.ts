export * from './event.js';
export * from './reader.js';
export * from './time.js';
