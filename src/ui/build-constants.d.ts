// Build-time constants from vite.config.ts: the LMS format a package was built for ('' for
// none) and the course's score rule (null: the default, src/delivery/score.ts).
declare const __CASEBOOK_DELIVERY__: '' | 'scorm12' | 'scorm2004' | 'cmi5' | 'html';
declare const __CASEBOOK_SCORE_RULE__: import('../delivery').ScoreRule | null;
