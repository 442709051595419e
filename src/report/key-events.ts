/** How many of an attempt's events ECS and Splunk HEC name, by their ids (`siem.ts`): the first few. */
export const KEY_EVENTS = 3;
