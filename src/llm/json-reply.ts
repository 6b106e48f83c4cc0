import { jsonrepair } from 'jsonrepair';
import type { z } from 'zod';

/**
 * Reads a JSON object out of a model's reply, tolerating what local models do: a reasoning block,
 * code fences, prose around the object, almost-JSON (jsonrepair), numbers as strings. The result
 * must still pass the schema.
 */
export type JsonReply<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Where the JSON may be, most likely first: the whole reply (a reasoning model's <think> block
 * removed), a code fence around it, the first balanced object in the reply. A valid reply whose
 * strings quote a code fence from the answer is read whole, not cut at the fence.
 */
export function jsonCandidates(text: string): string[] {
  const reply = text.replace(/<think>[\s\S]*?<\/think>/gi, '').trim();
  const out = [reply];
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(reply);
  if (fenced) out.push(fenced[1]!.trim());
  for (const source of [reply, fenced?.[1]]) {
    const object = source === undefined ? undefined : balancedObject(source);
    if (object) out.push(object);
  }
  return [...new Set(out)];
}

export function extractJsonObject(text: string): string | undefined {
  return jsonCandidates(text).find((c) => c.startsWith('{'));
}

function balancedObject(source: string): string | undefined {
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
  const candidates = jsonCandidates(text).filter((c) => c.startsWith('{'));
  if (candidates.length === 0) return { ok: false, error: 'no JSON object in the reply' };
  let data: unknown;
  let lastError = '';
  for (const raw of candidates) {
    try {
      data = JSON.parse(raw);
      break;
    } catch (error) {
      lastError = (error as Error).message;
    }
  }
  // Small models write almost-JSON (single quotes, trailing commas, bare keys): repair it before
  // spending a repair request on it.
  for (const raw of data === undefined ? candidates : []) {
    try {
      data = JSON.parse(jsonrepair(raw));
      break;
    } catch {
      // Not repairable; the caller asks the model once more.
    }
  }
  if (data === undefined) return { ok: false, error: `malformed JSON (${lastError})` };
  const result = schema.safeParse(coerceNumericStrings(data));
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, error: `${issue.path.join('.') || 'reply'}: ${issue.message}` };
}
