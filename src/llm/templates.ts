import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { promptsDir } from '../paths.js';

/**
 * Versioned prompt templates in prompts/: front matter with the version, then "## system" and
 * "## user" sections with {{placeholders}}. Every grade records the version that made it.
 */
export interface PromptTemplate {
  version: string;
  system: string;
  user: string;
}

export const TEMPLATE_FILES = {
  grader: 'grader.v1.md',
  interviewer: 'interviewer.v1.md',
  followup: 'followup.v1.md',
} as const;

const cache = new Map<string, PromptTemplate>();

export function parseTemplate(source: string, file: string): PromptTemplate {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const version = front ? /^version:\s*(\S+)\s*$/m.exec(front[1]!)?.[1] : undefined;
  const body = front ? source.slice(front[0].length) : source;
  const system = /^## system\n([\s\S]*?)(?=^## user\n)/m.exec(body)?.[1]?.trim();
  const user = /^## user\n([\s\S]*)$/m.exec(body)?.[1]?.trim();
  if (!version || !system || !user) {
    throw new UserError(`${file}: a prompt template needs "version:" front matter and "## system" and "## user" sections`);
  }
  return { version, system, user };
}

export function loadTemplate(name: keyof typeof TEMPLATE_FILES): PromptTemplate {
  let template = cache.get(name);
  if (!template) {
    const file = join(promptsDir(), TEMPLATE_FILES[name]);
    template = parseTemplate(readFileSync(file, 'utf8'), file);
    cache.set(name, template);
  }
  return template;
}

/** Fills {{name}} placeholders; an unknown placeholder is a bug in the template, so it throws. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`prompt template placeholder {{${key}}} has no value`);
    return value;
  });
}
