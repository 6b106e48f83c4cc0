import { readFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { UsageError, UserError } from './errors.js';
import { configFile } from './paths.js';

export const DEFAULT_MODEL = 'gpt-4.1-mini';

/** Settings resolved once: defaults < config file < environment < flags. */
export interface Config {
  model: string;
  /** Where the model setting came from, to explain choices on stderr. */
  modelSource: 'default' | 'config' | 'env' | 'flag';
  baseURL: string | undefined;
  /** Read from OPENAI_API_KEY only; never written anywhere or printed. */
  apiKey: string | undefined;
  casesDirs: string[];
  concurrency: number;
  timeoutMs: number;
  maxRetries: number;
  configFile: string;
}

export interface ConfigFlags {
  model?: string;
  casesDir?: string[];
  concurrency?: number;
}

interface FileConfig {
  model?: string;
  baseURL?: string;
  casesDir?: string | string[];
  concurrency?: number;
  timeoutSeconds?: number;
  maxRetries?: number;
}

const FILE_KEYS: Record<keyof FileConfig, 'string' | 'number' | 'dirs'> = {
  model: 'string',
  baseURL: 'string',
  casesDir: 'dirs',
  concurrency: 'number',
  timeoutSeconds: 'number',
  maxRetries: 'number',
};

export function readConfigFile(file: string): FileConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new UserError(`${file}: cannot read the config file: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: the config file is not valid JSON (${(error as Error).message}); fix or delete it`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserError(`${file}: the config file must hold a JSON object such as {"model": "gpt-4.1-mini"}`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (/key|token|secret/i.test(key)) {
      throw new UserError(`${file}: "${key}": secrets do not belong in the config file; remove it and set OPENAI_API_KEY instead`);
    }
    const kind = FILE_KEYS[key as keyof FileConfig];
    if (!kind) {
      throw new UserError(`${file}: unknown setting "${key}"; known settings are ${Object.keys(FILE_KEYS).join(', ')}`);
    }
    const ok =
      kind === 'dirs'
        ? typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        : kind === 'number'
          ? typeof value === 'number' && Number.isFinite(value) && value >= 0
          : typeof value === 'string' && value.length > 0;
    if (!ok) throw new UserError(`${file}: "${key}" must be ${kind === 'dirs' ? 'a folder path or a list of them' : `a ${kind}`}`);
    out[key] = value;
  }
  return out as FileConfig;
}

function positiveInt(value: string | number | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UserError(`${name} must be a non-negative number, got "${value}"`);
  return n;
}

export function resolveConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const file = configFile(env);
  const fromFile = readConfigFile(file);

  let model = DEFAULT_MODEL;
  let modelSource: Config['modelSource'] = 'default';
  if (fromFile.model) [model, modelSource] = [fromFile.model, 'config'];
  if (env.MLSD_MODEL) [model, modelSource] = [env.MLSD_MODEL, 'env'];
  if (flags.model) [model, modelSource] = [flags.model, 'flag'];

  const casesDirs: string[] = [];
  const fileDirs = fromFile.casesDir === undefined ? [] : [fromFile.casesDir].flat();
  casesDirs.push(...fileDirs.map((d) => resolve(d)));
  if (env.MLSD_CASES_DIR) casesDirs.push(...env.MLSD_CASES_DIR.split(delimiter).filter(Boolean).map((d) => resolve(d)));
  if (flags.casesDir) casesDirs.push(...flags.casesDir.map((d) => resolve(d)));

  const concurrency = Math.max(1, Math.floor(flags.concurrency ?? positiveInt(env.MLSD_CONCURRENCY ?? fromFile.concurrency, 'MLSD_CONCURRENCY', 8)));
  const timeoutSeconds = positiveInt(env.MLSD_TIMEOUT ?? fromFile.timeoutSeconds, 'MLSD_TIMEOUT', 60);
  const maxRetries = Math.floor(positiveInt(env.MLSD_MAX_RETRIES ?? fromFile.maxRetries, 'MLSD_MAX_RETRIES', 3));

  const baseURL = env.OPENAI_BASE_URL || fromFile.baseURL || undefined;
  if (baseURL) checkBaseURL(baseURL, env.OPENAI_BASE_URL ? 'OPENAI_BASE_URL' : `baseURL in ${file}`);

  return {
    model,
    modelSource,
    baseURL,
    apiKey: env.OPENAI_API_KEY || undefined,
    casesDirs: [...new Set(casesDirs)],
    concurrency,
    timeoutMs: Math.round(timeoutSeconds * 1000),
    maxRetries,
    configFile: file,
  };
}

/** A URL as it may be shown: any user and password in it removed. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}

/** Credentials in the endpoint URL would be shown and logged wherever the URL is: refuse them. */
function checkBaseURL(url: string, where: string): void {
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*@/i.test(url)) {
    throw new UsageError(`${where} holds a user or password (${redactUrl(url)}); remove it and put the key in OPENAI_API_KEY`);
  }
}

/** True when an LLM endpoint is configured: a key, or a base URL (local servers need no key). */
export function llmConfigured(config: Config): boolean {
  return Boolean(config.apiKey || config.baseURL);
}
