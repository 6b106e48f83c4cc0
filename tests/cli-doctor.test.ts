import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isolatedEnv, runMain } from './helpers/cli.js';
import { fillSchema, startFakeOpenAI, useFakeServers, type ChatRequestBody } from './helpers/fake-openai.js';
import { tempDir } from './helpers/library.js';

// `mlsd doctor` on good, degraded, schema-ignoring, refusing and unreachable endpoints, and none.

const KEY = 'sk-doctor-0123456789-secret';
const tmp = tempDir();
const fake = useFakeServers();
afterAll(() => tmp.remove());

const env = (name: string, extra: Record<string, string | undefined> = {}) => isolatedEnv(join(tmp.dir, name), extra);
/** Replies with JSON that fits whatever schema was asked for, as an enforcing server does. */
const enforcing = (b: ChatRequestBody) =>
  b.response_format?.json_schema ? { content: JSON.stringify(fillSchema(b.response_format.json_schema.schema)) } : { content: '{"answer": "pong", "count": 1}' };

describe('mlsd doctor', () => {
  it('with no LLM configured, names the offline grader and the folders, and exits 0', async () => {
    const r = await runMain(['doctor'], env('none'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/offline grader/);
    expect(r.stdout).toMatch(/data folder\s+\S+/);
    // A config file that does not exist is said to be optional, not listed as if it were there.
    expect(r.stdout).toMatch(/config file\s+\S+ \(none yet; optional\)/);
    const json = JSON.parse((await runMain(['doctor', '--json'], env('none'))).stdout);
    expect(json).toMatchObject({ grader: 'offline', works: true });
  });

  it('on a good endpoint, reports structured output enforced, temperature, latency, and exits 0 without showing the key', async () => {
    const server = await fake(enforcing);
    const r = await runMain(['doctor', '--json'], env('good', { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY, MLSD_MODEL: 'probe-model' }));
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ grader: 'llm', endpoint: server.url, model: 'probe-model', key: 'set', reachable: true, structuredOutput: 'enforced', temperature: 'accepted', works: true });
    expect(report.latencyMs).toBeGreaterThanOrEqual(0);
    expect(r.stdout + r.stderr).not.toContain(KEY);
  });

  it('on a degraded endpoint (no json_schema, no temperature), names the fallback and exits 0', async () => {
    const server = await fake((b) => {
      if (b.temperature !== undefined) return { status: 400, body: { error: { message: 'temperature is not supported for this model' } } };
      if (b.response_format?.type === 'json_schema') return { status: 400, body: { error: { message: 'response_format json_schema is not supported' } } };
      return { content: '{"answer": "pong", "count": 2}' };
    });
    const r = await runMain(['doctor'], env('degraded', { OPENAI_BASE_URL: server.url }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/structured output\s+json mode/);
    expect(r.stdout).toMatch(/temperature 0\s+rejected/);
    expect(r.stdout).toMatch(/read tolerantly/);
  });

  it('catches a server that accepts a JSON schema and ignores it', async () => {
    const server = await fake(() => ({ content: 'hello' }));
    const report = JSON.parse((await runMain(['doctor', '--json'], env('ignoring', { OPENAI_BASE_URL: server.url }))).stdout);
    expect(report).toMatchObject({ structuredOutput: 'ignored', works: true });
  });

  it('on a bad key, exits non-zero naming the key problem, with no stack and no key', async () => {
    const server = await fake(() => ({ status: 401, body: { error: { message: `Incorrect API key provided: ${KEY}` } } }));
    const r = await runMain(['doctor'], env('badkey', { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY }));
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/rejected the API key \(401\)/);
    expect(r.stdout + r.stderr).not.toContain(KEY);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('on an unreachable endpoint, exits non-zero naming the URL', async () => {
    const probe = await startFakeOpenAI(() => ({ content: '{}' }));
    const url = probe.url;
    await probe.close();
    const r = await runMain(['doctor'], env('down', { OPENAI_BASE_URL: url, MLSD_MAX_RETRIES: '0', MLSD_TIMEOUT: '3' }));
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`cannot reach the LLM endpoint ${url}`);
  });
});
