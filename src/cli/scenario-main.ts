/** Entry point of `npm run scenario`. */
import { processIo } from './io';
import { runScenario } from './scenario';

process.exitCode = runScenario(process.argv.slice(2), processIo);
