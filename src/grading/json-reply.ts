import type { z } from 'zod';

/**
 * Reads a JSON object out of a model's reply, tolerating what local models do: code fences, prose
 * around the object, numbers as strings. The result must still pass the schema.
 */
export type JsonReply<T> = { ok: true; value: T } | { ok: false; error: string };

export function extractJsonObject(text: string): string | undefined {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  const source = fenced ? fenced[1]! : text;
  const start = source.indexOf('{');
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < source.length; i++) {
    const ch = source[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return source.slice(start, i + 1);
  }
  return undefined;
}

/** Numbers written as strings ("2") become numbers; nothing else is changed. */
function coerceNumericStrings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(coerceNumericStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'level' && typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : coerceNumericStrings(v)]));
  }
  return value;
}

export function parseJsonReply<S extends z.ZodType>(text: string, schema: S): JsonReply<z.output<S>> {
  const raw = extractJsonObject(text);
  if (!raw) return { ok: false, error: 'no JSON object in the reply' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ok: false, error: `malformed JSON (${(error as Error).message})` };
  }
  const result = schema.safeParse(coerceNumericStrings(data));
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, error: `${issue.path.join('.') || 'reply'}: ${issue.message}` };
}
