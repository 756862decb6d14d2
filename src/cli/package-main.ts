/** Entry point of `npm run package`. */
import { processIo } from './io';
import { runPackage } from './package';

process.exitCode = await runPackage(process.argv.slice(2), processIo);
