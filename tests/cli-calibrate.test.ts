import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isolatedEnv, ROOT, runCli, type CliResult } from './helpers/cli.js';
import { answerOf, criterionIds, useFakeServers, type ChatRequestBody } from './helpers/fake-openai.js';
import { loadCalibrationSet } from '../src/calibration/set.js';
import { bundledCases, tempDir } from './helpers/library.js';

const tmp = tempDir();
const fake = useFakeServers();
afterAll(() => tmp.remove());

/** A grader that gives every criterion level 2, citing the answer's first words: constant scores. */
function constant(body: ChatRequestBody): string {
  const quote = answerOf(body).slice(0, 40);
  return JSON.stringify({ criteria: Object.fromEntries(criterionIds(body).map((id) => [id, { rationale: 'fine', quotes: [quote], level: 2 }])), improvement: 'more' });
}

/**
 * Two cases' answers and one generic template (and, if asked, a probe set and three held-out sets cut
 * to the same two cases): a set that grades in seconds.
 */
async function smallSet(dir: string, { probes = false, heldOut = false } = {}): Promise<string> {
  mkdirSync(join(dir, 'whole'), { recursive: true });
  const cases = ['fraud-detection', 'news-feed'];
  for (const c of cases) copyFileSync(join(ROOT, 'calibration', `${c}.yaml`), join(dir, `${c}.yaml`));
  if (probes) {
    mkdirSync(join(dir, 'probes'), { recursive: true });
    copyFileSync(join(ROOT, 'calibration', 'probes', 'probes-1.yaml'), join(dir, 'probes', 'probes-1.yaml'));
  }
  const yaml = (await import('js-yaml')).default;
  const read = (name: string) => yaml.load(readFileSync(join(ROOT, 'calibration', 'whole', name), 'utf8')) as { case?: string }[];
  writeFileSync(join(dir, 'whole', 'generic.yaml'), JSON.stringify(read('generic.yaml').slice(0, 1)));
  if (heldOut) {
    // Named so that sorting them as text would put held-out-10 before held-out-2.
    for (const name of ['held-out.yaml', 'held-out-2.yaml', 'held-out-10.yaml']) {
      writeFileSync(join(dir, 'whole', name), JSON.stringify(read(name).filter((h) => cases.includes(h.case!))));
    }
  }
  return dir;
}

describe('mlsd calibrate', () => {
  // A small set, as text and as JSON. The whole bundled set is graded in process by
  // offline-grader.test.ts (some 130 s alone on the twenty-seventh session's 2-core machine), and by
  // the packaged CLI in the package smoke test (scripts/pack-smoke.mjs, run by .ci/run), which also
  // finds the bundled set with no --set.
  let smallText: CliResult;
  let smallJson: CliResult;
  beforeAll(async () => {
    const small = await smallSet(join(tmp.dir, 'small-offline'), { probes: true, heldOut: true });
    [smallText, smallJson] = await Promise.all([
      runCli(['calibrate', '--grader', 'offline', '--set', small], isolatedEnv(join(tmp.dir, 'small-text'))),
      runCli(['calibrate', '--json', '--set', small], isolatedEnv(join(tmp.dir, 'json'))),
    ]);
  }, 300_000);

  it('finds the offline grader fit, with no network, and exits 0', () => {
    const r = smallText;
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/pairwise order, answers to one step\s+(9\d|100)\.\d% of \d+/);
    expect(r.stdout).toMatch(/quadratic weighted kappa\s+0\.(7|8|9)\d/);
    expect(r.stdout).not.toMatch(/NOT capped/);
    expect(r.stdout).toMatch(/Verdict: fit to grade/);
    expect(r.stderr).toMatch(/graded \d+\/\d+/);
    // Each held-out set, written blind at its own time, has rows of its own, in numeric order.
    const sets = [...r.stdout.matchAll(/^\s+(held-out(?:-\d+)?): wrong\s+(\d+)\/(\d+)/gm)].map((m) => m[1]);
    expect(sets).toEqual(['held-out', 'held-out-2', 'held-out-10']);
  });

  it('reports JSON with the same figures', () => {
    const r = smallJson;
    const text = smallText;
    expect(r.stderr).not.toMatch(/mlsd: /);
    expect(r.code).toBe(text.code);
    const report = JSON.parse(r.stdout);
    const steps = report.pairwise.steps;
    expect(steps.pairs).toBeGreaterThan(0);
    expect(text.stdout).toMatch(new RegExp(`pairwise order, answers to one step\\s+${(steps.accuracy * 100).toFixed(1)}% of ${steps.pairs}\\s`));
    expect(text.stdout).toMatch(new RegExp(`quadratic weighted kappa\\s+${report.kappa.toFixed(2)}\\s`));
    expect(report.verdict.fit).toBe(/Verdict: fit to grade/.test(text.stdout));
    expect(report.grader.kind).toBe('offline');
    const guarded = report.attacks.filter((a: { attack: string }) => ['stuffing', 'injection', 'rambling', 'off-topic'].includes(a.attack));
    expect(guarded.length).toBeGreaterThan(0);
    expect(guarded.every((a: { capped: boolean }) => a.capped)).toBe(true);
    // The probe pairs, written blind, in the text as in the JSON.
    for (const kind of ['dismissal', 'contrast', 'leakage', 'form']) {
      const { passed, total } = report.probes.byKind[kind];
      expect(total).toBeGreaterThan(0);
      expect(text.stdout).toMatch(new RegExp(`^\\s+${kind}\\s+${passed}/${total}\\s`, 'm'));
    }
  });

  it('runs an LLM grader to the end over several runs, reports its consistency, and calls a model that grades every answer alike unfit', async () => {
    const server = await fake((body) => ({ content: constant(body) }));
    const env = isolatedEnv(join(tmp.dir, 'llm'), { OPENAI_BASE_URL: server.url, MLSD_MODEL: 'constant-model', MLSD_CONCURRENCY: '16' });
    // Two cases' answers and one template keep this test quick; the whole set runs offline above.
    const small = await smallSet(join(tmp.dir, 'small-set'));
    const r = await runCli(['calibrate', '--grader', 'llm', '--runs', '2', '--set', small], env);
    expect(r.stderr).not.toMatch(/mlsd: /);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Calibration: constant-model \(grader-v1\).* 2 run\(s\)/);
    expect(r.stdout).toMatch(/spread over runs \(mean \/ max sd\)\s+0\.0 \/ 0\.0/);
    // The checks in code still separate keyword lists and copies from the rest, but the order is lost.
    expect(r.stdout).toMatch(/Verdict: not fit to grade: it orders only \d+% of answer pairs right/);
    const answers = Number(/(\d+) labelled answers, (\d+) adversarial/.exec(r.stdout)!.slice(1, 3).reduce((a, b) => String(Number(a) + Number(b))));
    // Two runs, one request per answer and run: consistency needs fresh requests, not the cache. Whole
    // interviews reuse the first run; only texts that are not step answers (templates, the reference
    // pasted back, write-ups) need requests of their own.
    const set = loadCalibrationSet(small);
    const cases = await bundledCases();
    const steps = (a: Record<string, string | undefined>) => Object.values(a).filter((t) => t?.trim()).length;
    const wholeOnly =
      set.generic.reduce((n, t) => n + steps(t.answers) * cases.length, 0) + cases.length * 7 + set.writeups.reduce((n, w) => n + steps(w.answers), 0);
    expect(server.requests.length).toBe(answers * 2 + wholeOnly);
  });
});
