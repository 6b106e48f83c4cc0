import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Grade, StepResult } from '../src/grading/types.js';
import {
  addClarifying,
  answersOf,
  askFollowUp,
  commitAnswer,
  createSession,
  currentIndex,
  finishItem,
  gradedText,
  recordItemGrade,
  recordSessionGrade,
  saveDraft,
} from '../src/interview/session.js';
import { SessionStore } from '../src/interview/store.js';
import { stepBudgetsMs } from '../src/interview/timer.js';
import { isolatedEnv, ROOT, runMain } from './helpers/cli.js';
import { tempDir } from './helpers/library.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

const offline = { kind: 'offline' as const, model: null, promptVersion: 'offline-1' };
const result = (step: StepResult['step'], score: number): StepResult => ({ step, answered: true, score, criteria: [], improvement: '', flags: [] });

describe('session state machine', () => {
  it('walks a drill item through draft, answer, grade, follow-up and done', () => {
    let s = createSession('drill', [{ caseId: 'news-feed', step: 'model' }]);
    expect(s.items[0]!.state).toBe('pending');
    s = saveDraft(s, 0, 'half an answer', 1200);
    expect(s.items[0]).toMatchObject({ state: 'drafting', draft: 'half an answer', elapsedMs: 1200 });
    s = commitAnswer(s, 0, 'the whole answer', 3000);
    expect(s.items[0]).toMatchObject({ state: 'answered', answer: 'the whole answer', draft: '' });
    s = recordItemGrade(s, 0, result('model', 40), offline);
    expect(s.items[0]!.state).toBe('graded');
    s = askFollowUp(s, 0, 'baseline', 'What would you try first?');
    expect(currentIndex(s)).toBe(0);
    s = commitAnswer(s, 0, 'A popularity baseline.', 4000);
    expect(s.items[0]!.answer).toBe('the whole answer');
    expect(s.items[0]!.followUps[0]!.answer).toBe('A popularity baseline.');
    expect(gradedText(s.items[0]!)).toBe('the whole answer\n\nA popularity baseline.');
    s = recordItemGrade(s, 0, result('model', 70), offline);
    s = finishItem(s, 0);
    expect(s.status).toBe('finished');
  });

  it('marks a mock answered when the last step is in, and finished when graded', () => {
    const budgets = stepBudgetsMs(45);
    let s = createSession('mock', (Object.keys(budgets) as (keyof typeof budgets)[]).map((step) => ({ caseId: 'fraud-detection', step, budgetMs: budgets[step] })), new Date(), 45);
    s = addClarifying(s, 0, { question: 'How many payments a second?', reply: '5,000 at peak.', factId: 'volume' });
    s.items.forEach((item, i) => {
      s = commitAnswer(s, i, `answer for ${item.step}`, 1000);
    });
    expect(s.status).toBe('answered');
    expect(answersOf(s).requirements).toMatch(/Clarifying questions I asked: How many payments a second\?/);
    const grade: Grade = { case: 'fraud-detection', grader: offline, score: 50, hire: 'lean no hire', steps: s.items.map((i) => result(i.step, 50)), dimensions: {}, flags: [] };
    s = recordSessionGrade(s, grade);
    expect(s.status).toBe('finished');
    expect(s.grades).toHaveLength(1);
  });

  it('scales step budgets to the interview length: 5/5/8/10/7/7/3 of 45', () => {
    expect(Object.values(stepBudgetsMs(45)).map((ms) => ms / 60_000)).toEqual([5, 5, 8, 10, 7, 7, 3]);
    expect(stepBudgetsMs(90).model).toBe(20 * 60_000);
  });

  it('uses a draft as the answer when a session is graded before the step was committed', () => {
    let s = createSession('mock', [{ caseId: 'x', step: 'data' }]);
    s = saveDraft(s, 0, 'typed but not submitted', 10);
    expect(answersOf(s).data).toBe('typed but not submitted');
  });
});

describe('session store', () => {
  it('saves, lists and loads by unique prefix, remembering the last case', () => {
    const store = new SessionStore({ MLSD_DATA_DIR: join(tmp.dir, 'store') });
    const a = store.save(createSession('drill', [{ caseId: 'news-feed', step: 'data' }], new Date('2026-01-01T10:00:00Z')));
    const b = store.save(createSession('drill', [{ caseId: 'fraud-detection', step: 'data' }], new Date('2026-01-02T10:00:00Z')));
    expect(store.list().map((s) => s.id)).toEqual([a.id, b.id]);
    expect(store.load(b.id.slice(0, 20)).id).toBe(b.id);
    expect(store.latestUnfinished()!.id).toBe(b.id);
    store.setState({ lastCase: 'fraud-detection' });
    expect(store.state().lastCase).toBe('fraud-detection');
    expect(() => store.load('2026')).toThrow(/matches 2 sessions/);
    expect(() => store.load('nope')).toThrow(/no session "nope"/);
  });

  it('resumes the latest session that holds something typed before an empty one opened since', () => {
    const store = new SessionStore({ MLSD_DATA_DIR: join(tmp.dir, 'typed') });
    const drafted = saveDraft(createSession('drill', [{ caseId: 'fraud-detection', step: 'data' }], new Date('2026-01-01T10:00:00Z')), 0, 'labels: chargebacks up to 90d late', 5000);
    const killed = store.save({ ...drafted, updatedAt: '2026-01-01T10:01:00.000Z' });
    const empty = store.save({ ...createSession('drill', [{ caseId: 'fraud-detection', step: 'data' }], new Date('2026-01-01T10:05:00Z')), updatedAt: '2026-01-01T10:05:00.000Z' });
    expect(store.latestUnfinished()!.id).toBe(killed.id);
    // Once the newer one holds an answer too, it is the one to pick up.
    store.save({ ...saveDraft(empty, 0, 'a newer draft', 1000), updatedAt: '2026-01-01T10:06:00.000Z' });
    expect(store.latestUnfinished()!.id).toBe(empty.id);
  });

  it('skips a damaged session file when listing and names it when loading', () => {
    const store = new SessionStore({ MLSD_DATA_DIR: join(tmp.dir, 'damaged') });
    store.save(createSession('drill', [{ caseId: 'news-feed', step: 'data' }]));
    writeFileSync(join(store.dir, 'broken.json'), '{"version": 1, "items": [');
    expect(store.list()).toHaveLength(1);
    expect(store.damaged).toHaveLength(1);
    expect(() => store.load('broken')).toThrow(/broken\.json: the session file is damaged/);
  });

  it('refuses a session whose id climbs out of the data folder, and keeps listing the rest', () => {
    const store = new SessionStore({ MLSD_DATA_DIR: join(tmp.dir, 'planted') });
    const good = store.save(createSession('drill', [{ caseId: 'news-feed', step: 'data' }]));
    const planted = { ...good, id: '../../../outside' };
    writeFileSync(join(store.dir, '20261201-000000-news-feed-abcd.json'), JSON.stringify(planted));
    expect(store.list().map((x) => x.id)).toEqual([good.id]);
    expect(store.damaged.join('\n')).toMatch(/20261201-000000-news-feed-abcd\.json: not a session file/);
    expect(() => store.save(planted)).toThrow(/"\.\.\/\.\.\/\.\.\/outside" is not a session id/);
    expect(readdirSync(join(tmp.dir, 'planted'))).toEqual(['sessions']);
  });

  it('skips a session file with valid JSON but missing fields, with a warning naming the field', () => {
    const store = new SessionStore({ MLSD_DATA_DIR: join(tmp.dir, 'invalid') });
    const good = store.save(createSession('drill', [{ caseId: 'news-feed', step: 'data' }]));
    const { createdAt: _dropped, ...noDate } = good;
    writeFileSync(join(store.dir, '20261201-000001-news-feed-abcd.json'), JSON.stringify({ ...noDate, id: '20261201-000001-news-feed-abcd' }));
    expect(store.list()).toHaveLength(1);
    expect(store.damaged.join('\n')).toMatch(/createdAt/);
  });

  it('says in one line that a data folder which is a file cannot be used', () => {
    const file = join(tmp.dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const store = new SessionStore({ MLSD_DATA_DIR: file });
    expect(() => store.list()).toThrow(/the data folder .*not-a-folder is not a folder; .*MLSD_DATA_DIR/);
    expect(() => store.save(createSession('drill', [{ caseId: 'news-feed', step: 'data' }]))).toThrow(/is not a folder/);
  });

  it('locks a session open in one process against a second, and takes over a stale lock', async () => {
    const store = new SessionStore({ MLSD_DATA_DIR: join(tmp.dir, 'locks') });
    const s = store.save(createSession('drill', [{ caseId: 'news-feed', step: 'data' }]));
    // A lock held by another live process (the test runner's parent stands in for a second terminal).
    writeFileSync(join(store.dir, `${s.id}.lock`), JSON.stringify({ pid: process.ppid, since: 'earlier' }));
    expect(() => store.lock(s.id)).toThrow(new RegExp(`session ${s.id} is open in another terminal \\(process ${process.ppid}`));
    // A lock left by a process that is gone is taken over, and released.
    writeFileSync(join(store.dir, `${s.id}.lock`), JSON.stringify({ pid: 2 ** 22 + 12345, since: 'earlier' }));
    const release = store.lock(s.id);
    expect(JSON.parse(readFileSync(join(store.dir, `${s.id}.lock`), 'utf8')).pid).toBe(process.pid);
    release();
    expect(readdirSync(store.dir).filter((n) => n.endsWith('.lock'))).toEqual([]);
  });

  it('history deletes a session or prunes old unfinished ones, asking first unless --yes', async () => {
    const env = isolatedEnv(join(tmp.dir, 'tidy'));
    const store = new SessionStore(env);
    const old = store.save({ ...createSession('drill', [{ caseId: 'news-feed', step: 'data' }], new Date('2026-01-01T10:00:00Z')), updatedAt: '2026-01-01T10:00:00.000Z' });
    const recent = store.save(createSession('drill', [{ caseId: 'fraud-detection', step: 'model' }]));
    const refused = await runMain(['history', '--prune', '30'], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`would delete 1 session\\(s\\): ${old.id}.*add --yes`));
    // The session's state in the words the list uses.
    expect(refused.stderr).toMatch(/unfinished\)/);
    expect(store.ids()).toHaveLength(2);
    const pruned = await runMain(['history', '--prune', '30', '--yes'], env);
    expect(pruned.stdout).toMatch(/Deleted 1 session\./);
    expect(store.ids()).toEqual([recent.id]);
    await runMain(['history', '--delete', recent.id, '--yes'], env);
    expect(store.ids()).toEqual([]);
  });

  it('never leaves a torn file when the writing process is killed midway', async () => {
    const dir = join(tmp.dir, 'killed');
    const file = join(dir, 'session.json');
    // A child rewrites a 2 MB file as fast as it can; it is killed at a random moment.
    const script = `
      import('${join(ROOT, 'dist/src/util/atomic.js')}').then(({ writeFileAtomic }) => {
        let n = 0;
        for (;;) writeFileAtomic(${JSON.stringify(file)}, JSON.stringify({ n: n++, pad: 'x'.repeat(2_000_000) }));
      });`;
    for (let round = 0; round < 3; round++) {
      const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
      // The first round waits for a first complete write (a loaded machine can take longer than the
      // delay to start node), then kills at a moment inside the writes that follow.
      for (let waited = 0; round === 0 && !existsSync(file) && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 250 + round * 100));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('close', r));
      const data = JSON.parse(readFileSync(file, 'utf8'));
      expect(data.pad).toHaveLength(2_000_000);
    }
    expect(readdirSync(dir).filter((n) => n === 'session.json')).toHaveLength(1);
  });
});

describe('the recap on resume', () => {
  it('shows the last turns without the interviewer words the interview is about to say again', async () => {
    const { recapTurns } = await import('../src/ui/transcript.js');
    const turns = [
      { who: 'interviewer', text: 'Q1' },
      { who: 'candidate', text: 'A1' },
      { who: 'interviewer', text: 'Probe' },
      { who: 'candidate', text: 'A2' },
      { who: 'interviewer', text: 'Q2, about to be asked again' },
    ];
    const recap = recapTurns(turns, 3);
    expect(recap.shown.map((t) => t.text)).toEqual(['A1', 'Probe', 'A2']);
    expect(recap.total).toBe(4);
  });
});
