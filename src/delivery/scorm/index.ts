/**
 * The SCORM 1.2 and 2004 runtime of a package built for an LMS: the app's entry loads it
 * (a dynamic import behind the build's delivery constant) only in such a build. See
 * docs/delivery.md for what it reports and how.
 */
export { startScorm, type ScormSession } from './session';
