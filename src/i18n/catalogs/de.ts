/** The German catalog: one file per area, like the English one; `Catalog` makes a missing id a type error. */
import type { Catalog } from './en';
import common from './de/common.json';
import debrief from './de/debrief.json';

export const de: Catalog = { ...common, ...debrief };
