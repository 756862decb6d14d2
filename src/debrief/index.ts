/** The debrief's public face: one run's debrief, the Markdown report, and the profile across runs. */
export { debrief } from './debrief';
export { debriefMarkdown } from './report';
export { capabilityMap, type CapabilityMap } from './profile';
export type { ProfileRun, RunSummary } from './trends';
export { behaviourIndex, choiceTag } from './tag';
export { scenarioFocus } from './focus';
export { diagnose, diagnosisTitle } from './diagnose';
export { recommend } from './recommend';
export { readingOf } from './weigh';
export * from './types';
export * from './words';
export * from './reflection';
export { problemText } from './problems';
