// delivery.json's settings as `npm run package` reads them: a valid file's values come
// through unchanged (without $schema), and a file with an error gives no settings at all.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkCourse } from '../../src/check';
import { sourceFile } from '../../src/compiler';
import { parseDeliveryFile } from '../../src/compiler/delivery-file';
import { loadCourse } from '../../src/disk/load';
import { FIXTURES } from '../support/fixtures';

const settingsOf = (name: string) =>
  checkCourse(loadCourse(join(FIXTURES, name), FIXTURES)).delivery;

describe('delivery.json settings', () => {
  it('passes a valid file on as data', () => {
    expect(settingsOf('delivery-valid')).toEqual({
      scores: { strong: 100, mixed: 70, weak: 20 },
      endings: { 'base-case/outcome-weak': 40 },
      passScore: 70,
      moveOn: 'Completed',
    });
  });

  it('gives no settings for a file with an error, or for a course without the file', () => {
    expect(settingsOf('cb902-delivery-score-out-of-range')).toBeUndefined();
    expect(settingsOf('cb903-delivery-unknown-ending')).toBeUndefined();
    expect(settingsOf('valid-base-case/base-case')).toBeUndefined();
  });
});

describe('delivery.json messages', () => {
  const messages = (text: string) =>
    parseDeliveryFile(sourceFile('delivery.json', text)).diagnostics.map((d) => d.message);

  it('names an unknown outcome, offers the one meant, and ends each sentence once', () => {
    const [message] = messages('{ "scores": { "strnog": 90 } }');
    expect(message).toMatch(
      /^delivery\.json has the outcome "strnog" in "scores", but the only outcomes are "strong", "mixed" and "weak"\. Did you mean "strong"\? Correct its name\. It should look like /,
    );
    expect(messages('{ "scores": { "excellent": 90 } }')[0]).toContain(
      '"weak". Correct its name. It should look like',
    );
  });
});
