/**
 * The Web Worker author mode's heavy work runs in, so that checking, laying out and
 * analysing a large scenario never blocks the page's typing and clicking. Comlink
 * turns the page's calls into messages and the answers into promises.
 */
import { expose } from 'comlink';
import { createAuthorWork } from './author-work';

expose(createAuthorWork('worker'));
