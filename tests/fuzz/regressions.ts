/**
 * Every distinct failure the fuzzer found, shrunk to a small named case. The fuzz test
 * runs each as a plain example beside the random cases, so a fixed bug stays fixed
 * whatever the random cases happen to be.
 */
import type { FuzzCase } from './fuzz-case';

export interface Regression extends FuzzCase {
  name: string;
}

export const REGRESSIONS: Regression[] = [];
