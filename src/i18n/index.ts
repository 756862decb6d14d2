/**
 * The app's own words in the learner's language (issue 18): the catalogs, the languages
 * shipped and `t`. Any layer that writes words for a learner may import this one; it
 * imports nothing of ours but the contract's types. The check's messages are made through
 * ./diagnostic-words (which brings their catalog) and worded for a page through `wordingIfKnown`.
 */
export { activate, activeLanguage, formatLocales, i18n, t } from './i18n';
export { formatList, formatNumber } from './format';
export { englishOf, wordingIfKnown } from './wording';
export { areasReady, loadAreas, markWhole, registerArea } from './areas';
export type { MessageId, MessageValues } from './i18n';
export { LANGUAGES, PSEUDO_LANGUAGES, SUPPORTED_LANGUAGES, languageOf } from './languages';
