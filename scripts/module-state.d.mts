export interface ModuleState {
  /** Relative to the repository. */
  file: string;
  line: number;
  name: string;
  /** What makes it state: `module-level let`, or the change and where it is made. */
  what: string;
}

/** The folders `npm test` scans. */
export const SCANNED: string[];

/** Module-level mutable state in `files` (paths) not documented as a cache. */
export function findModuleState(files: string[], options?: Record<string, unknown>): ModuleState[];

/** The .ts files under `folders` (relative to the repository). */
export function sourceFiles(folders?: string[]): string[];
