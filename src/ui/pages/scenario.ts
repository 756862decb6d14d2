// The scenario pages' chunk (see `../scenario-pages.ts`): one request for all three.
export { BriefingPage } from './BriefingPage';
export { EndPage } from './EndPage';
export { PlayPage } from './PlayPage';
