import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers/collect.js';

// Vitest workers never fire process 'exit' handlers reliably: temporary folders go when each file ends.
afterAll(() => removeTempDirs());
