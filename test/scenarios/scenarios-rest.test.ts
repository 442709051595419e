/**
 * The checks of the sample scenarios the fast tier does not check (scenarios.test.ts checks `SCENARIOS_FAST`): slow
 * tier, so that `npm test` checks every scenario against its expected.json.
 */
import { SCENARIOS } from '../helpers/samples.js';
import { SCENARIOS_FAST, scenarioChecks } from '../helpers/scenarios.js';

scenarioChecks(SCENARIOS.filter((s) => !SCENARIOS_FAST.includes(s)));
