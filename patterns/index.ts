import { tlsCertificate } from './tls-certificate.js';
import type { FindingPattern, Pattern } from './types.js';

export const PATTERNS: readonly Pattern[] = [tlsCertificate];
export const FINDINGS: readonly FindingPattern[] = [];

export function patternById(id: string): Pattern | undefined {
  return PATTERNS.find((p) => p.id === id);
}
