import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlData } from '../src/calibration/yaml-data.js';

const Schema = z.object({ case: z.string(), answers: z.array(z.object({ id: z.string(), score: z.number() })) });

describe('reading a data file of our own', () => {
  it('reads a valid file', () => {
    expect(parseYamlData('set.yaml', 'case: fraud\nanswers:\n  - id: a\n    score: 3\n', Schema)).toEqual({ case: 'fraud', answers: [{ id: 'a', score: 3 }] });
  });

  it('names the problem of a malformed file in one line, as the yaml package reads it', () => {
    expect(() => parseYamlData('/x/set.yaml', 'case: fraud\nanswers: [\n', Schema)).toThrow(/^\/x\/set\.yaml: malformed YAML: [^\n]+$/);
    expect(() => parseYamlData('/x/set.yaml', 'case: fraud\ncase: again\nanswers: []\n', Schema)).toThrow(/malformed YAML/);
  });

  it('names the field that does not fit the schema', () => {
    expect(() => parseYamlData('/x/set.yaml', 'case: fraud\nanswers:\n  - id: a\n    score: high\n', Schema)).toThrow(/^set\.yaml: answers\.0\.score: /);
  });
});
