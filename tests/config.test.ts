import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL, llmConfigured, redactUrl, resolveConfig } from '../src/config.js';
import { tempDir } from './helpers/library.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

function withFile(name: string, content: unknown): NodeJS.ProcessEnv {
  const file = join(tmp.dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return { MLSD_CONFIG: file };
}

describe('configuration: defaults < config file < environment < flags', () => {
  it('uses the defaults with nothing set, and no LLM', () => {
    const c = resolveConfig({}, { MLSD_CONFIG: join(tmp.dir, 'none.json') });
    expect(c.model).toBe(DEFAULT_MODEL);
    expect(c.modelSource).toBe('default');
    expect(llmConfigured(c)).toBe(false);
    expect(c.concurrency).toBe(8);
  });

  it('lets each layer override the one below', () => {
    const env = withFile('layers.json', { model: 'from-file', baseURL: 'http://localhost:11434/v1', casesDir: 'my-cases', timeoutSeconds: 5 });
    expect(resolveConfig({}, env)).toMatchObject({ model: 'from-file', modelSource: 'config', baseURL: 'http://localhost:11434/v1', timeoutMs: 5000, casesDirs: [resolve('my-cases')] });
    expect(resolveConfig({}, { ...env, MLSD_MODEL: 'from-env' }).model).toBe('from-env');
    expect(resolveConfig({ model: 'from-flag' }, { ...env, MLSD_MODEL: 'from-env' })).toMatchObject({ model: 'from-flag', modelSource: 'flag' });
    expect(llmConfigured(resolveConfig({}, env))).toBe(true);
  });

  it('reads the key from the environment only, and refuses secrets in the config file', () => {
    expect(resolveConfig({}, { ...withFile('empty.json', {}), OPENAI_API_KEY: 'sk-x' }).apiKey).toBe('sk-x');
    expect(() => resolveConfig({}, withFile('secret.json', { apiKey: 'sk-oops' }))).toThrow(/"apiKey": secrets do not belong in the config file; remove it and set OPENAI_API_KEY/);
  });

  it('names the file and the problem for a bad config file', () => {
    expect(() => resolveConfig({}, withFile('bad.json', '{"model": '))).toThrow(/bad\.json: the config file is not valid JSON/);
    expect(() => resolveConfig({}, withFile('unknown.json', { colour: 'blue' }))).toThrow(/unknown\.json: unknown setting "colour"; known settings are/);
    expect(() => resolveConfig({}, withFile('type.json', { concurrency: 'many' }))).toThrow(/"concurrency" must be a number/);
  });

  it('rejects a nonsense number in the environment', () => {
    expect(() => resolveConfig({}, { MLSD_CONFIG: join(tmp.dir, 'none.json'), MLSD_TIMEOUT: 'soon' })).toThrow(/MLSD_TIMEOUT must be a non-negative number, got "soon"/);
  });
});

describe('credentials in the endpoint URL', () => {
  it('refuses them in one line that shows the URL without them', () => {
    expect(() => resolveConfig({}, { OPENAI_BASE_URL: 'http://user:s3cret@localhost:11434/v1' })).toThrow(/OPENAI_BASE_URL holds a user or password \(http:\/\/localhost:11434\/v1\); .*OPENAI_API_KEY/);
    try {
      resolveConfig({}, { OPENAI_BASE_URL: 'http://user:s3cret@localhost:11434/v1' });
    } catch (error) {
      expect((error as Error).message).not.toContain('s3cret');
    }
  });

  it('removes user and password from any URL it shows', () => {
    expect(redactUrl('https://me:pw@host.example/v1')).toBe('https://host.example/v1');
    expect(redactUrl('http://localhost:8000/v1')).toBe('http://localhost:8000/v1');
  });
});
