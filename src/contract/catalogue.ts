/**
 * Every diagnostic code lives here, once (as Immer keeps its errors in one file).
 * Codes are stable: an author can search for one, and tests and tools match on it.
 * The first digit groups them: 0 files, 1 front matter, 2 machine.json, 3 guards and
 * actions, 4 linking the two files, 5 taxonomy, 6 structure (from the compiler, except
 * CB604, which the analysis decides), 7 the engine's analysis of every run the scenario
 * allows, 8 the quality gate of `check --strict` (what makes a scenario ready for learners),
 * 9 the course's delivery settings (`delivery.json`, read by `npm run package`: CB90x) and
 * translations (`scenario.<lang>.md` and `behaviours.<lang>.json`: CB95x).
 */
import type { Diagnostic, Range, Severity, Worded } from './diagnostic';

interface Entry {
  severity: Severity;
  /** What the code means, in one line (used by `check --explain`-style docs). */
  title: string;
}

export const CATALOGUE = {
  CB001: { severity: 'error', title: 'A scenario file is missing' },
  CB002: {
    severity: 'error',
    title: 'A file is too large or too deep to check, or the checker failed on it',
  },
  CB101: { severity: 'error', title: 'scenario.md has no front matter' },
  CB102: { severity: 'error', title: 'The front matter is not closed' },
  CB103: { severity: 'error', title: 'The front matter is not valid YAML' },
  CB104: { severity: 'error', title: 'The front matter is not a list of `key: value` lines' },
  CB105: { severity: 'error', title: 'A required front-matter key is missing' },
  CB106: { severity: 'error', title: 'A front-matter value has the wrong type' },
  CB107: { severity: 'error', title: 'Unknown audience' },
  CB108: { severity: 'warning', title: 'Unknown front-matter key' },
  CB109: { severity: 'error', title: 'A metric has no label' },
  CB110: { severity: 'error', title: 'A label names no metric' },
  // Characters and images (cast15)
  CB111: {
    severity: 'error',
    title: 'A character is not written as `id: { name, role, portrait }`',
  },
  CB112: { severity: 'error', title: 'Two characters have the same name' },
  CB113: {
    severity: 'error',
    title: "A portrait is not a file in the scenario's `assets/` folder",
  },
  CB114: { severity: 'warning', title: 'A character never speaks' },
  CB201: { severity: 'error', title: 'machine.json is not valid JSON' },
  CB202: { severity: 'error', title: 'machine.json is not an object' },
  CB203: { severity: 'error', title: 'A required machine key is missing' },
  CB204: { severity: 'error', title: '`initial` names no state' },
  CB205: { severity: 'error', title: 'A transition targets a state that does not exist' },
  CB206: { severity: 'error', title: 'A state-machine feature the format does not support' },
  CB207: { severity: 'error', title: 'The folder name differs from the machine id' },
  CB208: { severity: 'error', title: 'A machine value has the wrong type' },
  CB209: { severity: 'error', title: 'A key appears twice in one JSON object' },
  CB210: { severity: 'error', title: 'Unknown key in machine.json' },
  // sync15 (format v1.1, `scenario sync`): begin
  CB220: { severity: 'error', title: 'A choice whose target is still to be chosen' },
  // sync15: end
  CB211: { severity: 'error', title: 'A name that cannot be used as an id' },
  CB212: { severity: 'error', title: 'machine.json is nested too deeply' },
  CB213: { severity: 'error', title: 'A number that is not finite or too large' },
  CB214: { severity: 'error', title: 'machine.json is larger than the format allows' },
  CB215: { severity: 'error', title: 'A name or a text is too long' },
  // Timed decisions (format v1.1): CB216–CB219, CB437–CB442, CB711.
  CB216: { severity: 'error', title: 'A timed decision has a delay the format does not allow' },
  CB217: { severity: 'error', title: 'A timed decision where no learner is deciding' },
  CB218: { severity: 'error', title: 'A timed decision has a guard or alternatives' },
  CB219: { severity: 'error', title: '`TIME_UP` is written as an ordinary choice' },
  CB301: { severity: 'error', title: 'Unknown guard' },
  CB302: { severity: 'error', title: 'A guard has wrong params' },
  CB303: { severity: 'error', title: 'Unknown action' },
  CB304: { severity: 'error', title: 'An action has wrong params' },
  CB305: { severity: 'error', title: 'A metric that is not in `context`' },
  CB306: { severity: 'error', title: 'A flag that is not in `context`' },
  CB307: { severity: 'error', title: '`visited` names a state that does not exist' },
  CB308: { severity: 'error', title: '`chose` names an event that does not exist' },
  CB309: { severity: 'error', title: 'Guards are nested too deeply' },
  // --- Format v1.1: named conditions (cond15) ---
  CB310: { severity: 'error', title: '`meta.conditions` or a condition name is malformed' },
  CB311: { severity: 'error', title: 'A condition refers to itself' },
  CB312: { severity: 'warning', title: 'A condition is never used' },
  CB401: { severity: 'error', title: 'A state has no `##` section' },
  CB402: { severity: 'error', title: 'A `##` section names no state' },
  CB403: { severity: 'error', title: 'A choice has no `###` section' },
  CB404: { severity: 'error', title: 'A `###` section names an event the state does not handle' },
  CB405: { severity: 'error', title: 'A choice has no label paragraph' },
  CB406: { severity: 'error', title: 'A heading that prose may not use' },
  CB407: { severity: 'error', title: 'The same section appears twice' },
  CB408: { severity: 'error', title: 'A section heading is malformed' },
  CB409: { severity: 'warning', title: 'A routing state has prose that is never shown' },
  CB410: { severity: 'warning', title: 'A choice has no coaching note' },
  CB411: { severity: 'warning', title: 'Raw HTML is shown as text' },
  CB412: { severity: 'warning', title: 'A link is shown as text' },
  CB413: { severity: 'warning', title: 'An image is shown as its alt text' },
  CB414: { severity: 'error', title: 'Prose is nested too deeply' },
  CB415: { severity: 'error', title: 'A block of prose is too long' },
  CB416: { severity: 'error', title: 'A block of prose cannot be read' },
  // Characters and images (cast15)
  CB430: { severity: 'error', title: 'An image has no alt text' },
  CB431: { severity: 'error', title: "An image is not in the scenario's `assets/` folder" },
  CB432: { severity: 'error', title: 'An image file is missing' },
  CB433: { severity: 'error', title: 'An image file is of a type browsers cannot show safely' },
  CB434: { severity: 'error', title: "An image's width and height cannot be read" },
  CB435: { severity: 'warning', title: 'An image file is larger than 300 KB' },
  CB436: { severity: 'warning', title: 'A dialogue line names no character' },
  // Timed decisions (format v1.1).
  CB437: { severity: 'error', title: 'A timed scene has no `### TIME_UP` section' },
  CB438: { severity: 'error', title: 'A `### TIME_UP` section in a scene with no timer' },
  // sync15 (format v1.1, `scenario sync`): begin
  CB443: { severity: 'warning', title: 'A placeholder that `scenario sync` wrote is still there' },
  // sync15: end
  // --- Format v1.1: conditional text (cond15) ---
  CB417: { severity: 'error', title: '`::: when` names no condition' },
  CB418: { severity: 'error', title: 'A `::: when` block is not closed' },
  CB419: { severity: 'error', title: 'A `:::` closes no block' },
  CB420: { severity: 'error', title: "A conditional block wraps a choice's label" },
  CB421: { severity: 'error', title: 'A conditional block spans a heading' },
  CB422: { severity: 'error', title: 'A `:::` line is not `::: when NAME` or `::: unless NAME`' },
  CB501: { severity: 'error', title: 'behaviours.json is not valid JSON' },
  CB502: { severity: 'error', title: 'behaviours.json has the wrong shape' },
  CB503: { severity: 'error', title: 'A behaviour entry is invalid' },
  CB504: { severity: 'error', title: 'Unknown behaviour id' },
  CB505: { severity: 'warning', title: 'A choice has no behaviour' },
  CB506: { severity: 'error', title: 'behaviours.json is larger or deeper than the format allows' },
  CB601: { severity: 'warning', title: 'No transition leads to this state' },
  CB602: { severity: 'error', title: 'A scene with no way out' },
  CB603: { severity: 'error', title: '`always` routes loop forever' },
  CB604: { severity: 'warning', title: 'A routing state may have nowhere to go' },
  CB605: { severity: 'warning', title: 'Choices that are never offered' },
  CB606: { severity: 'error', title: 'An ending has transitions' },
  CB607: { severity: 'error', title: 'An ending has no valid outcome' },
  CB608: { severity: 'error', title: 'The scenario has no ending' },
  CB609: { severity: 'warning', title: 'An outcome on a state that is not an ending' },
  CB701: { severity: 'warning', title: 'An ending no run can reach' },
  CB702: { severity: 'warning', title: 'A scene no run can reach' },
  CB703: { severity: 'warning', title: 'A choice no complete run can take' },
  CB704: { severity: 'error', title: 'A run can get stuck' },
  CB705: { severity: 'error', title: 'A run can go round forever' },
  CB706: { severity: 'warning', title: 'A route that is never taken' },
  CB707: { severity: 'warning', title: 'The analysis stopped at its limit' },
  CB708: { severity: 'warning', title: 'A run can take a metric past the largest value allowed' },
  // --- Format v1.1: conditional text in the analysis (analysis15) ---
  CB709: { severity: 'warning', title: 'Conditional text that no run shows' },
  CB710: { severity: 'warning', title: 'Conditional text that every run shows' },
  CB801: { severity: 'warning', title: 'The longest run is too short' },
  CB802: { severity: 'warning', title: 'The shortest complete run is too short' },
  CB803: { severity: 'warning', title: 'Fewer than three endings can be reached' },
  CB804: { severity: 'warning', title: 'The endings do not differ in outcome' },
  CB805: { severity: 'warning', title: 'The choices show only one domain' },
  CB806: { severity: 'warning', title: 'The choices show only one polarity' },
  CB807: { severity: 'warning', title: 'The best option is mostly the longest label' },
  // Delivery settings (issue 16, `npm run package`): begin
  CB901: { severity: 'error', title: 'delivery.json is not valid JSON' },
  CB902: { severity: 'error', title: 'A delivery.json setting has the wrong shape or value' },
  CB903: { severity: 'error', title: 'delivery.json scores an ending the course does not have' },
  // Delivery settings: end
  // Translations (issue 18): begin
  CB950: { severity: 'error', title: 'A translation file does not name a language tag' },
  CB951: { severity: 'warning', title: 'A part of scenario.md is not in the translation' },
  CB952: { severity: 'warning', title: 'A part of the translation is not in scenario.md' },
  CB953: { severity: 'warning', title: 'A translated part is out of order' },
  CB954: {
    severity: 'warning',
    title: 'A translated part has other conditional blocks than scenario.md',
  },
  CB955: { severity: 'warning', title: 'A translated part has no source lock, or a malformed one' },
  CB956: {
    severity: 'warning',
    title: 'The source of a translated part changed since translation',
  },
  CB957: { severity: 'warning', title: 'A front-matter key a translation does not translate' },
  CB958: { severity: 'error', title: 'A taxonomy translation has the wrong shape' },
  CB959: { severity: 'error', title: 'A taxonomy translation names an unknown behaviour' },
  CB960: { severity: 'warning', title: 'A taxonomy translation is missing a behaviour' },
  // Translations: end
} as const satisfies Record<string, Entry>;

export type Code = keyof typeof CATALOGUE;

/** Build a diagnostic; its severity comes from the catalogue, its words from `words()` (src/i18n/diagnostic-words.ts). */
export function diagnostic(code: Code, file: string, range: Range, words: Worded): Diagnostic {
  return {
    code,
    severity: CATALOGUE[code].severity,
    message: words.message,
    wording: words.wording,
    file,
    range,
  };
}
