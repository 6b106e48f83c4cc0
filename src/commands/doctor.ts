import { existsSync } from 'node:fs';
import { llmConfigured, redactUrl, resolveConfig } from '../config.js';
import { GraderError } from '../errors.js';
import { print, printJson, type IO } from '../io.js';
import { cacheDir, configFile, dataDir } from '../paths.js';

/**
 * `mlsd doctor`: will grading work, and how. Without an LLM: the offline grader, and where data,
 * cache and config live. With one: it sends one tiny request whose prompt and schema disagree, so
 * a server that accepts a JSON schema but ignores it is caught, and reports what the endpoint
 * accepted, how long one request took, and what `mlsd grade` will therefore do. The key is never
 * shown.
 */

export interface DoctorReport {
  grader: 'offline' | 'llm';
  paths: { data: string; cache: string; config: string };
  endpoint?: string;
  model?: string;
  key?: 'set' | 'not set';
  reachable?: boolean;
  structuredOutput?: 'enforced' | 'ignored' | 'json mode' | 'prompt only';
  temperature?: 'accepted' | 'rejected';
  outputLimit?: string;
  latencyMs?: number;
  works: boolean;
  problem?: string;
  summary: string;
}

const PROBE_SCHEMA = {
  name: 'doctor_probe',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['answer', 'count'],
    properties: { answer: { type: 'string', enum: ['pong'] }, count: { type: 'integer' } },
  },
};

/** Did the reply obey the schema exactly, as a server enforcing it makes it? */
function obeys(content: string): boolean {
  try {
    const data = JSON.parse(content.trim()) as Record<string, unknown>;
    return data.answer === 'pong' && Number.isInteger(data.count) && Object.keys(data).length === 2;
  } catch {
    return false;
  }
}

export async function diagnose(opts: { model?: string }, env: NodeJS.ProcessEnv): Promise<DoctorReport> {
  const config = resolveConfig({ model: opts.model }, env);
  const paths = { data: dataDir(env), cache: cacheDir(env), config: configFile(env) };
  if (!llmConfigured(config)) {
    return {
      grader: 'offline',
      paths,
      works: true,
      summary: 'No LLM is configured (OPENAI_API_KEY or OPENAI_BASE_URL): mlsd grade uses the offline grader, with no network.',
    };
  }
  const { LlmClient } = await import('../llm/client.js');
  const client = new LlmClient(config);
  const report: DoctorReport = {
    grader: 'llm',
    paths,
    endpoint: redactUrl(client.endpoint),
    model: client.model,
    key: config.apiKey ? 'set' : 'not set',
    works: false,
    summary: '',
  };
  const started = Date.now();
  try {
    const reply = await client.chat({
      system: 'You are a connectivity check. Reply in the required format.',
      // The prompt asks for something the schema forbids: only an enforced schema yields the JSON.
      user: 'Reply with the single word hello, and nothing else.',
      jsonSchema: PROBE_SCHEMA,
    });
    report.latencyMs = Date.now() - started;
    report.reachable = true;
    const form = client.form;
    report.temperature = form.temperature ? 'accepted' : 'rejected';
    report.outputLimit = form.tokens === 'none' ? 'not accepted (the server default applies)' : form.tokens;
    report.structuredOutput = reply.mode === 'json_schema' ? (obeys(reply.content) ? 'enforced' : 'ignored') : reply.mode === 'json_object' ? 'json mode' : 'prompt only';
    report.works = true;
    report.summary =
      report.structuredOutput === 'enforced'
        ? `mlsd grade will use ${client.model} with a strict JSON schema, one request a step.`
        : `mlsd grade will use ${client.model}; the endpoint ${report.structuredOutput === 'ignored' ? 'accepts a JSON schema but does not enforce it' : `has no JSON schema (${report.structuredOutput})`}, so replies are read tolerantly and repaired once when malformed; check it with: mlsd calibrate --grader llm.`;
  } catch (error) {
    report.latencyMs = Date.now() - started;
    const message = error instanceof GraderError ? error.message : client.explain(error).message;
    report.reachable = !/cannot reach|did not answer/.test(message);
    report.problem = message;
    report.summary = `grading with the LLM will not work: ${message}`;
  }
  return report;
}

export async function runDoctor(opts: { json?: boolean; model?: string }, io: IO): Promise<number> {
  const report = await diagnose(opts, io.env);
  if (opts.json) {
    printJson(io, report);
    return report.works ? 0 : 3;
  }
  const { color } = io;
  const mark = (ok: boolean | undefined) => (ok === undefined ? color.dim('-') : ok ? color.green('ok') : color.red('no'));
  const lines: [string, string][] = [];
  if (report.grader === 'offline') {
    lines.push(['grader', 'offline (no LLM configured)']);
  } else {
    lines.push(['endpoint', `${report.endpoint} ${mark(report.reachable)}`]);
    lines.push(['model', report.model!]);
    lines.push(['API key', `${report.key}${report.problem && /key/.test(report.problem) ? ` ${color.red('rejected')}` : ''}`]);
    if (report.works) {
      lines.push(['structured output', report.structuredOutput!]);
      lines.push(['temperature 0', report.temperature!]);
      lines.push(['output limit', report.outputLimit!]);
      lines.push(['one request', `${report.latencyMs} ms`]);
    }
  }
  lines.push(['data folder', report.paths.data], ['cache folder', report.paths.cache], ['config file', existsSync(report.paths.config) ? report.paths.config : `${report.paths.config} (none yet; optional)`]);
  const width = Math.max(...lines.map(([k]) => k.length));
  for (const [k, v] of lines) print(io, `${color.dim(k.padEnd(width))}  ${v}`);
  print(io, '');
  print(io, report.works ? color.green(report.summary) : color.red(report.summary));
  return report.works ? 0 : 3;
}
