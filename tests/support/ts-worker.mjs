// Starts a TypeScript worker script: registers tsx in this thread, then imports it.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.script);
