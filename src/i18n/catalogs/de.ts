/** The German catalog of the first screen; `Catalog` makes a missing id a type error (the other areas: src/i18n/areas/). */
import type { Catalog } from './en';
import app from './de/app.json';
import common from './de/common.json';
import errors from './de/errors.json';
import library from './de/library.json';
import notices from './de/notices.json';

export const de: Catalog = {
  ...app,
  ...common,
  ...errors,
  ...library,
  ...notices,
};
