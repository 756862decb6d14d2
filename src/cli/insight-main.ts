/** Entry point of `npm run insight`. */
import { runInsight } from './insight';
import { processIo } from './io';

process.exitCode = await runInsight(process.argv.slice(2), processIo, process.env);
