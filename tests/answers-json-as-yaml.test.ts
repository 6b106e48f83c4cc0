import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseStructuredAnswers } from '../src/answers/parse.js';

// A YAML answer file written as JSON is read by JSON.parse where js-yaml would read the same
// object, and by js-yaml everywhere else: the outcome is js-yaml's either way.

async function outcome(text: string): Promise<string> {
  try {
    return JSON.stringify(await parseStructuredAnswers(text, 'answers.yaml', false));
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe('JSON in a YAML answer file', () => {
  const same = [
    '{"model": "logistic regression", "data": null}',
    '{\r\n\t"case": "fraud-detection",\r\n\t"serving": "a \\"quoted\\": word, \\u00e9 \\ud83d\\ude00"\r\n}',
    '{"__proto__": "x"}',
    '{}',
  ];
  for (const text of same) {
    it(`reads ${JSON.stringify(text).slice(0, 40)} as js-yaml does`, async () => {
      const viaYaml = yaml.load(text) as Record<string, unknown>;
      expect(await outcome(text)).toBe(await outcome(`${JSON.stringify(viaYaml, null, 1).replace(/^\{/, '{ ')}`));
    });
  }

  it('leaves a repeated key to js-yaml, which refuses it', async () => {
    expect(await outcome('{"model": "a", "model": "b"}')).toMatch(/^error: .*Map keys must be unique/);
  });

  it('leaves nested values and characters YAML forbids to js-yaml', async () => {
    expect(await outcome('{"model": {"a": "b", "a": "c"}}')).toMatch(/^error: .*unique/);
    // js-yaml refuses a control character; the stricter reading that follows then accepts it.
    expect(await outcome('{"model": "bell \x07"}')).toBe(JSON.stringify({ answers: { model: 'bell \x07' } }));
  });
});
