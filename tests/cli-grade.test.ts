import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STEP_IDS } from '../src/cases/schema.js';
import { commitAnswer, createSession } from '../src/interview/session.js';
import { SessionStore } from '../src/interview/store.js';
import { isolatedEnv, runCli, runMain } from './helpers/cli.js';
import { answerOf, criterionIds, startFakeOpenAI, useFakeServers, type ChatRequestBody } from './helpers/fake-openai.js';
import { tempDir } from './helpers/library.js';

const KEY = 'sk-cli-test-9f8e7d6c5b4a-secret';
const tmp = tempDir();
const fake = useFakeServers();
afterAll(() => tmp.remove());

function home(name: string, extra: Record<string, string | undefined> = {}) {
  return isolatedEnv(join(tmp.dir, name), extra);
}

const ANSWERS_MD = `# My fraud answers
case: fraud-detection

## 1. Clarify requirements
How many payments a second, and what latency does authorisation allow? How late do chargebacks arrive?

## Model
I would start with rules and a logistic regression baseline, then gradient-boosted trees on velocity features, because they are fast and strong on tabular data.

## evaluation
Fraud is about 0.1% of payments, so accuracy is misleading. I would report recall at a fixed false-positive rate, then run an A/B test on fraud losses and false declines.
`;

function verdict(body: ChatRequestBody): string {
  const first = answerOf(body).split(/(?<=[.?!])\s/)[0]!;
  const criteria = Object.fromEntries(criterionIds(body).map((id) => [id, { rationale: 'ok', quotes: [first], level: 2 }]));
  return JSON.stringify({ criteria, improvement: 'Add numbers.' });
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

describe('mlsd grade, offline', () => {
  const env = home('offline');
  const file = join(tmp.dir, 'answers.md');
  writeFileSync(file, ANSWERS_MD);

  it('prints exactly the grade document as JSON, and says which grader on stderr', async () => {
    const r = await runMain(['grade', '--answers', file, '--json'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/grading with the offline grader \(no OPENAI_API_KEY or OPENAI_BASE_URL set\)/);
    const g = JSON.parse(r.stdout);
    expect(Object.keys(g).sort()).toEqual(['case', 'dimensions', 'flags', 'grader', 'hire', 'score', 'steps']);
    expect(g.case).toBe('fraud-detection');
    expect(g.grader).toEqual({ kind: 'offline', model: null, promptVersion: 'offline-2' });
    expect(g.steps.map((s: { step: string }) => s.step)).toEqual([...STEP_IDS]);
    const byStep = Object.fromEntries(g.steps.map((s: { step: string }) => [s.step, s]));
    expect(byStep.requirements.answered).toBe(true);
    expect(byStep.model.answered).toBe(true);
    expect(byStep.serving).toMatchObject({ answered: false, score: 0 });
    expect(g.flags.some((f: { kind: string; message: string }) => f.kind === 'unanswered' && /serving/.test(f.message))).toBe(true);
    for (const s of g.steps) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
      for (const k of s.criteria) {
        expect(Object.keys(k)).toEqual(expect.arrayContaining(['id', 'dimension', 'score', 'max', 'evidence', 'feedback']));
        expect(k.score).toBeLessThanOrEqual(k.max);
        for (const quote of k.evidence) expect(ANSWERS_MD).toContain(quote);
      }
    }
    for (const d of ['baseline', 'cold-start', 'metrics', 'trade-offs']) expect(g.dimensions[d]).toBeTypeOf('number');
  });

  it('prints a report a person reads: overall first, a line a step, dimensions, the changes worth most; every criterion with --verbose', async () => {
    const r = await runMain(['grade', '--answers', file], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/^Overall \d+\/100\s+hire signal: (strong hire|hire|lean no hire|no hire)/);
    expect(r.stdout).toMatch(/4\. Model development\s+\d+\/100/);
    expect(r.stdout).toMatch(/2\. Frame as an ML task\s+unanswered/);
    expect(r.stdout).toMatch(/By dimension/);
    expect(r.stdout).toMatch(/The changes worth most/);
    expect(r.stdout).not.toMatch(/"I would start with rules/);
    expect(lines.length).toBeLessThan(60);
    const verbose = await runMain(['grade', '--answers', file, '--verbose'], env);
    expect(verbose.stdout).toMatch(/✓|~/);
    expect(verbose.stdout).toMatch(/"I would start with rules/);
    expect(verbose.stdout).toMatch(/Improve: /);
  });

  it('reads YAML and JSON answer files too', async () => {
    const yaml = join(tmp.dir, 'answers.yaml');
    writeFileSync(yaml, 'model: |\n  Logistic regression first, then gradient-boosted trees.\nevaluation: Recall at a fixed false-positive rate.\n');
    const json = join(tmp.dir, 'answers.json');
    writeFileSync(json, JSON.stringify({ model: 'Logistic regression first, then gradient-boosted trees.' }));
    for (const f of [yaml, json]) {
      const r = await runMain(['grade', '--case', 'fraud-detection', '--answers', f, '--json'], env);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).steps.find((s: { step: string }) => s.step === 'model').answered).toBe(true);
    }
    // The case and the file may also be given in place, as drill, mock and review take the case.
    const positional = await runMain(['grade', 'fraud-detection', yaml, '--json'], env);
    expect(positional.code, positional.stderr).toBe(0);
    expect(JSON.parse(positional.stdout).case).toBe('fraud-detection');
  });

  it('reads the answers from standard input with --answers -, and says so when it holds none', async () => {
    const piped = await runCli(['grade', '--case', 'fraud-detection', '--answers', '-', '--json'], env, { input: ANSWERS_MD });
    expect(piped.code, piped.stderr).toBe(0);
    const steps = JSON.parse(piped.stdout).steps as { step: string; answered: boolean }[];
    expect(steps.filter((s) => s.answered).map((s) => s.step)).toEqual(['requirements', 'model', 'evaluation']);
    const empty = await runCli(['grade', '--case', 'fraud-detection', '--answers', '-'], env, { input: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^mlsd: standard input: /m);
    expect(empty.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it.each([
    ['an unknown step heading', 'answers-bad.md', '## model\nfine\n\n## deployment plan\ntext\n', /answers-bad\.md:4: unknown step "deployment plan"; steps are requirements, framing/],
    ['an unknown step key', 'answers-bad.yaml', 'modle: text\n', /answers-bad\.yaml: unknown step "modle"/],
    ['malformed JSON', 'answers-bad.json', '{"model": ', /answers-bad\.json: not valid JSON/],
  ])('rejects %s in one line, naming it', async (_what, name, content, message) => {
    const f = join(tmp.dir, name);
    writeFileSync(f, content);
    const r = await runMain(['grade', '--case', 'fraud-detection', '--answers', f], env);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('asks for the case when neither the file nor --case names it, and names a missing file', async () => {
    const f = join(tmp.dir, 'no-case.yaml');
    writeFileSync(f, 'model: text\n');
    expect((await runMain(['grade', '--answers', f], env)).stderr).toMatch(/which case are these answers for\? add --case ID/);
    expect((await runMain(['grade', '--case', 'news-feed', '--answers', join(tmp.dir, 'nope.md')], env)).stderr).toMatch(/nope\.md: no such file; pass --answers the path of a Markdown, YAML or JSON answer file/);
  });

  it('refuses --grader llm when no LLM is configured, instead of falling back', async () => {
    const r = await runMain(['grade', '--answers', file, '--grader', 'llm'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no LLM is configured: set OPENAI_API_KEY, or OPENAI_BASE_URL/);
  });
});

describe('mlsd grade, with an LLM on loopback', () => {
  const file = join(tmp.dir, 'answers-llm.md');
  writeFileSync(file, ANSWERS_MD);

  it('grades every step concurrently, records model and prompt version, caches unchanged answers, and writes the key nowhere', async () => {
    const server = await fake((body) => ({ content: verdict(body) }), { delayMs: 100 });
    const env = home('llm-ok', { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY, MLSD_MODEL: 'loopback-model' });
    const r = await runCli(['grade', '--answers', file, '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`grading with loopback-model at ${server.url}`);
    const g = JSON.parse(r.stdout);
    expect(g.grader).toEqual({ kind: 'llm', model: 'loopback-model', promptVersion: 'grader-v1' });
    expect(server.requests).toHaveLength(3);
    // The first run settles what the endpoint accepts with its first request, then fans out.
    expect(server.maxInFlight()).toBe(2);
    expect(server.requests.every((b) => b.model === 'loopback-model')).toBe(true);

    const again = await runCli(['grade', '--answers', file, '--json'], env);
    expect(again.code).toBe(0);
    expect(server.requests).toHaveLength(3);
    expect(JSON.parse(again.stdout).score).toBe(g.score);

    // The next run remembers what the endpoint accepts (no key on disk) and sends all at once.
    await runCli(['grade', '--answers', file, '--json', '--no-cache'], env);
    expect(server.requests).toHaveLength(6);
    expect(readFileSync(join(tmp.dir, 'llm-ok', 'cache', 'mlsd-coach', 'llm-capabilities.json'), 'utf8')).toContain(`${server.url} loopback-model`);

    const files = walk(join(tmp.dir, 'llm-ok'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(f, 'utf8')).not.toContain(KEY);
    expect(r.stdout + r.stderr + again.stdout + again.stderr).not.toContain(KEY);
  });

  it('explains a bad key (401) in one line, exits non-zero, prints no stack and no key', async () => {
    const server = await fake(() => ({ status: 401, body: { error: { message: `Incorrect API key provided: ${KEY}` } } }));
    const env = home('llm-401', { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY });
    const r = await runMain(['grade', '--answers', file], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/rejected the API key \(401\); check OPENAI_API_KEY/);
    expect(r.stdout + r.stderr).not.toContain(KEY);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names an unreachable endpoint', async () => {
    const probe = await startFakeOpenAI(() => ({ content: '{}' }));
    const url = probe.url;
    await probe.close();
    const env = home('llm-down', { OPENAI_BASE_URL: url, MLSD_MAX_RETRIES: '0' });
    const r = await runMain(['grade', '--answers', file], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`cannot reach the LLM endpoint ${url}`);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('gives up on repeated server errors after retrying, and says so', async () => {
    const server = await fake(() => ({ status: 503, headers: { 'retry-after-ms': '5' } }));
    const env = home('llm-503', { OPENAI_BASE_URL: server.url, MLSD_MAX_RETRIES: '2' });
    const r = await runMain(['grade', '--answers', file, '--concurrency', '1'], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/kept failing with a server error \(503\) after 2 retries/);
    expect(server.requests).toHaveLength(3);
  });

  it('times out a silent endpoint', async () => {
    const server = await fake(() => ({ hang: true }));
    const env = home('llm-hang', { OPENAI_BASE_URL: server.url, MLSD_TIMEOUT: '0.3', MLSD_MAX_RETRIES: '0' });
    const r = await runMain(['grade', '--answers', file], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/did not answer within 0 s|did not answer within/);
  });
});

describe('sessions from the command line', () => {
  const env = home('sessions');
  const store = new SessionStore(env);
  let session = createSession('drill', [
    { caseId: 'news-feed', step: 'model' },
    { caseId: 'news-feed', step: 'evaluation' },
  ]);
  session = commitAnswer(session, 0, 'A chronological baseline first, then a multi-task network predicting likes, comments and shares, combined in a weighted sum.', 60_000);
  session = commitAnswer(session, 1, 'Per-head AUC and calibration offline, then an A/B test on meaningful interactions.', 45_000);
  store.save(session);

  it('grades a saved session again, and records the grade', async () => {
    const r = await runMain(['grade', '--session', session.id, '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const g = JSON.parse(r.stdout);
    expect(g.case).toBe('news-feed');
    // A drill is graded over the steps it covered, not as a whole interview with five zeros.
    expect(g.steps.map((s: { step: string }) => s.step)).toEqual(['model', 'evaluation']);
    const steps = g.steps as { score: number }[];
    expect(g.score).toBeGreaterThanOrEqual(Math.min(...steps.map((x) => x.score)));
    expect(r.stderr).toMatch(/graded the 2 steps this drill covered; recorded as the session grade/);
    expect(store.load(session.id).grades).toHaveLength(1);
    const again = await runMain(['grade', '--session', session.id, '--json'], env);
    expect(again.stderr).toMatch(new RegExp(`replaced the recorded grade \\(${g.score} -> ${g.score}\\)`));
  });

  it('lists history, as a table and as JSON', async () => {
    const table = await runMain(['history'], env);
    expect(table.stdout).toContain(session.id);
    // A drill names its steps under KIND, which stays when a narrow terminal drops columns.
    expect(table.stdout).toMatch(/drill \([a-z, ]+\)/);
    const json = JSON.parse((await runMain(['history', '--json'], env)).stdout);
    expect(json[0]).toMatchObject({ id: session.id, kind: 'drill', cases: ['news-feed'] });
    // A drill's own dialogue: the question and what was answered, not "no dialogue recorded".
    const one = await runMain(['history', session.id], env);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/A chronological baseline first/);
    expect(one.stdout).not.toMatch(/No dialogue recorded/);
  });

  it('writes a shareable report in Markdown and HTML', async () => {
    const md = await runMain(['report', session.id], env);
    expect(md.stdout).toMatch(/^# Drill: /m);
    expect(md.stdout).toMatch(/> A chronological baseline first/);
    expect(md.stdout).toMatch(/\| Criterion \| Dimension \| Points \| Evidence \|/);
    const out = join(tmp.dir, 'report.html');
    const html = await runMain(['report', session.id, '--format', 'html', '-o', out], env);
    expect(html.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('A chronological baseline first');
    expect(page).not.toMatch(/<script/);
    // An existing file is not overwritten without --force when there is no terminal to ask on.
    const refused = await runMain(['report', session.id, '-o', out], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/report\.html already exists; add --force/);
    expect(readFileSync(out, 'utf8')).toBe(page);
    const forced = await runMain(['report', session.id, '-o', out, '--force'], env);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Drill: /);
  });

  it('shows progress per dimension, the weakest, and the drill to do next', async () => {
    const r = await runMain(['progress'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Progress over 1 graded session/);
    expect(r.stdout).toMatch(/Weakest: [a-z-]+ \(\d+ on your recent answers\)/);
    expect(r.stdout).toMatch(/Drill next: mlsd drill --focus [a-z-]+/);
    // The criterion by its description, not its id.
    expect(r.stdout).toMatch(/lost most: mlsd drill [a-z-]+ --step [a-z]+; [A-Z][a-z]+ /);
    const json = JSON.parse((await runMain(['progress', '--json'], env)).stdout);
    expect(json.points).toBe(1);
  });

  it('names an unknown session', async () => {
    const r = await runMain(['report', 'nope'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no session "nope" \(see: mlsd history\)/);
  });
});
