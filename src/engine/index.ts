/** The engine's public face: play a compiled scenario, replay and trace runs, analyse every run. */
export { buildMachine, type ScenarioMachine } from './machine';
export * from './run';
export * from './trace';
export { guardPasses, initialContext, type RunContext } from './semantics';
export { shuffled, newSeed } from './shuffle';
export { analyse, type Analysis, type Count, type EndingReport } from './analysis/analyse';
export { analysisDiagnostics } from './analysis/findings';
