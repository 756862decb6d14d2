/** The engine's public face: play a compiled scenario, replay and trace runs, analyse every run. */
export { buildMachine, type ScenarioMachine, type Start } from './machine';
export * from './run';
export { prover, type Proof } from './proof';
export * from './trace';
export { initialContext, type RunContext } from './semantics';
export { shuffled, newSeed } from './shuffle';
export { choiceId, routeId, transitionId } from './ids';
export {
  analyse,
  type Analysis,
  type Count,
  type EndingReport,
  type Undecided,
} from './analysis/analyse';
export type { Growth } from './analysis/growth';
export { analysisDiagnostics } from './analysis/findings';
export { usage, type Usage, type SceneUsage, type FlagOnArrival } from './analysis/usage';
export { historyRead } from './analysis/model';
