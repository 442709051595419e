/**
 * The sample folders of the report tests whose CLI runs the slow tier keeps on them (the fast tier runs the CLI on a
 * small generated fleet): streamed-reports(-rest).test.ts and splunk-hec(-rest).test.ts.
 */

/** Attempts from two guessing samples, a short one, and the findings' fleet: long lists, a fleet. */
export const STREAMED_FOLDERS: readonly string[] = [
  'samples/heldout-11-password-guessing-then-success-2019',
  'samples/heldout2-03-scanner-spread-over-many-addresses-2019',
  'samples/two-users-badpw-then-ok-and-no-rdp-right',
  'samples/findings',
];

/** The same with health probes beside a real failure. */
export const HEC_FOLDERS: readonly string[] = [...STREAMED_FOLDERS, 'samples/health-probes-and-real-failure'];
