/** The German catalog: one file per area, like the English one; `Catalog` makes a missing id a type error. */
import type { Catalog } from './en';
import app from './de/app.json';
import briefing from './de/briefing.json';
import common from './de/common.json';
import ending from './de/ending.json';
import errors from './de/errors.json';
import library from './de/library.json';
import notices from './de/notices.json';
import play from './de/play.json';

export const de: Catalog = {
  ...app,
  ...briefing,
  ...common,
  ...ending,
  ...errors,
  ...library,
  ...notices,
  ...play,
};
