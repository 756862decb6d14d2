/**
 * Lookups by a name an author chose (a metric, flag or scene id) in a plain record:
 * only the record's own entries count, so `constructor` or `toString` never finds
 * what every object inherits (Object's constructor function, or its toString).
 */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
