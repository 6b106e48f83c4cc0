import { basename } from 'node:path';
import jsYaml from 'js-yaml';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { UserError } from '../errors.js';

/**
 * A data file of our own (the calibration set), read and checked against its schema. Valid files
 * take the fast road, js-yaml (ten times faster on the write-ups file); a file with a problem is read
 * again with the yaml package, whose messages say where the problem is.
 */
export function parseYamlData<T>(file: string, source: string, schema: z.ZodType<T>): T {
  try {
    const fast = schema.safeParse(jsYaml.load(source, { filename: file }));
    if (fast.success) return fast.data;
  } catch {
    // Reported below, with its place.
  }
  const doc = parseDocument(source);
  if (doc.errors.length > 0) throw new UserError(`${file}: malformed YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(`${basename(file)}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
