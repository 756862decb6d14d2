/**
 * The behaviour taxonomy (`behaviours.json`): course-wide data that says which
 * domain (management = execution, leadership = direction) each tagged behaviour
 * belongs to. The debrief reads it; the compiler validates it.
 */

export const DOMAINS = ['management', 'leadership'] as const;
export type Domain = (typeof DOMAINS)[number];

export const POLARITIES = ['effective', 'counterproductive'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const QUALITIES = [
  'integrity',
  'communication',
  'strategic-thinking',
  'decisiveness',
  'empathy',
] as const;
export type Quality = (typeof QUALITIES)[number];

/** Failure patterns and the side of the gap each points to. */
export const PATTERN_DOMAINS = {
  'missed-deadlines': 'management',
  'vague-delegation': 'management',
  'inconsistent-feedback': 'management',
  'poor-meeting-discipline': 'management',
  'low-trust': 'leadership',
  'unclear-direction': 'leadership',
  'weak-alignment': 'leadership',
  'stalled-change': 'leadership',
  'poor-presence': 'leadership',
} as const satisfies Record<string, Domain>;
export type Pattern = keyof typeof PATTERN_DOMAINS;
export const PATTERNS = Object.keys(PATTERN_DOMAINS) as Pattern[];

export interface Behaviour {
  id: string;
  label: string;
  description: string;
  domain: Domain;
  polarity: Polarity;
  quality?: Quality;
  /** Only on counterproductive behaviours: the failure pattern it shows. */
  pattern?: Pattern;
}

export interface Taxonomy {
  behaviours: Behaviour[];
}
