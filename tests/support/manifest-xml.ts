/**
 * Reading a package's manifest back as an LMS does: imsmanifest.xml and cmi5.xml through
 * fast-xml-parser, attributes as `@name`, text kept as text, and the elements that repeat
 * (items, resources, files, AUs) always as lists, however many a course has.
 */
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['item', 'resource', 'file', 'au'].includes(name),
});

/** An element: its children by name, its attributes as `@name`. */
export type ManifestNode = Record<string, unknown> & Record<`@${string}`, string>;

export const parseManifest = (xml: string) => parser.parse(xml) as Record<string, ManifestNode>;
