/** The engine's public face: play a compiled scenario, replay and trace runs, analyse every run. */
export { buildMachine, type Start } from './machine';
export * from './run';
export { playable, playerAlong, type Playable } from './player-along';
export { prover } from './proof';
export * from './trace';
export { initialContext, type RunContext } from './semantics';
export { conditionValues, visibleBlocks, type ConditionValues } from './conditions';
export { newSeed } from './shuffle';
export { randomRun } from './random-run';
export { choiceId, routeId, transitionId } from './ids';
export { analyse, type Analysis, type Count } from './analysis/analyse';
export type { Growth } from './analysis/growth';
export { analysisDiagnostics } from './analysis/findings';
export { usage, type Usage, type SceneUsage, type FlagOnArrival } from './analysis/usage';
export { historyRead } from './analysis/model';
export { translateScenario, translateTaxonomy } from './translate';
