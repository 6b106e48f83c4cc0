import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../src/cases/schema.js';
import { commitAnswer, createSession, recordItemGrade } from '../src/interview/session.js';
import { OfflineGrader } from '../src/grading/offline.js';
import { htmlReport, markdownReport } from '../src/report/session-report.js';
import { inert } from '../src/text/inert.js';
import { isolatedEnv, runMain } from './helpers/cli.js';
import { bundledCases, tempDir } from './helpers/library.js';

// Text from outside the program never reaches the terminal or a report as live control codes or HTML.

const tmp = tempDir();
afterAll(() => tmp.remove());
let cases: Case[];
beforeAll(async () => {
  cases = await bundledCases();
});

const HOSTILE = 'A logistic regression baseline \u001b]0;PWNED\u0007 then \u001b[2J GBDT, because it is cheap. <script>alert(1)</script> <img src=x onerror=alert(1)>';

describe('inert text', () => {
  it('makes control characters visible and keeps newlines and tabs', () => {
    expect(inert('a\u001b[2Jb\u0007\tc\nd\u009bx')).toBe('a\u241b[2Jb\u2407\tc\nd\ufffdx');
  });

  it('grade prints no escape sequence from an answer file', async () => {
    const file = join(tmp.dir, 'hostile.yaml');
    writeFileSync(file, `model: ${JSON.stringify(HOSTILE)}\n`);
    const r = await runMain(['grade', '--grader', 'offline', '--case', 'fraud-detection', '--answers', file, '--verbose'], isolatedEnv(join(tmp.dir, 'home')));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b]0;');
    expect(r.stdout).not.toContain('\u001b[2J');
    expect(r.stdout).toContain('\u241b]0;PWNED');
  });

  it('rejects control characters in a case file, naming the field', async () => {
    const source = (await import('node:fs')).readFileSync(join(__dirname, '..', 'cases', 'fraud-detection.yaml'), 'utf8');
    const dir = join(tmp.dir, 'cases');
    (await import('node:fs')).mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'bad.yaml'), source.replace(/^id: .+$/m, 'id: bad-case').replace(/^title: (.+)$/m, 'title: "Fraud \\e]0;owned\\a"'));
    const r = await runMain(['cases', 'validate', dir], isolatedEnv(join(tmp.dir, 'home')));
    expect(r.code).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(/bad\.yaml:\d+:\d+: title: control characters/);
    expect(r.stderr + r.stdout).not.toContain('\u001b]0;owned');
  });

  it('escapes HTML from answers in Markdown and HTML reports', () => {
    const c = cases.find((x) => x.id === 'fraud-detection')!;
    let s = createSession('drill', [{ caseId: c.id, step: 'model' }]);
    s = commitAnswer(s, 0, HOSTILE, 1000);
    const grader = new OfflineGrader(cases);
    s = recordItemGrade(s, 0, grader.gradeStepSync({ case: c, step: 'model', answer: HOSTILE }), grader.info);
    const map = new Map(cases.map((x) => [x.id, x]));
    for (const report of [markdownReport(s, map), htmlReport(s, map)]) {
      expect(report).not.toMatch(/<script>|<img /);
      expect(report).toContain('&lt;script&gt;');
      expect(report).not.toContain('\u001b');
    }
    // Quotes are text in Markdown: they stay as typed.
    let q = createSession('drill', [{ caseId: c.id, step: 'model' }]);
    q = commitAnswer(q, 0, 'Start with a "rules plus logistic regression" baseline.', 1000);
    expect(markdownReport(q, map)).toContain('"rules plus logistic regression"');
  });
});
