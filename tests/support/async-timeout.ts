/**
 * Component tests wait for a state (`findBy…`, `waitFor`), never for a time; the ceiling
 * on that wait is only how long a state may take to come. Testing Library's default, one
 * second, is shorter than a lazily loaded page's first import takes on a loaded CI
 * machine, so a passing test would fail there; ten seconds (half the test timeout) is
 * a ceiling no healthy page reaches.
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
