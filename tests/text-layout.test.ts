import { describe, expect, it } from 'vitest';
import { print, printJson, type IO } from '../src/io.js';
import { bullet, fitLines, fitTable, visibleLength, wrap } from '../src/ui/text.js';

describe('text measured as a terminal draws it', () => {
  it('counts colour codes as nothing, wide characters as two columns, combining marks as none', () => {
    expect(visibleLength('plain text')).toBe(10);
    expect(visibleLength('\u001b[31mred\u001b[39m')).toBe(3);
    expect(visibleLength('日本語')).toBe(6);
    expect(visibleLength('e\u0301')).toBe(1);
    expect(visibleLength('✅ done')).toBe(7);
    expect(visibleLength('a · b — c')).toBe(9);
  });

  it('wraps by words to the width, never inside a word, with wide characters counted', () => {
    const text = '会議 summary: the session 20261201-093000-fraud-detection-1a2b is saved and can be resumed';
    for (const width of [40, 60, 80]) {
      const lines = wrap(text, width).split('\n');
      for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(width);
      expect(lines.join(' ')).toBe(text);
    }
    expect(wrap(text, 40)).toContain('20261201-093000-fraud-detection-1a2b');
  });

  it('breaks text without spaces (Chinese, Japanese) between characters to fit, and keeps every character', () => {
    const cjk = '推荐系统需要在两百毫秒内返回结果所以我们先用轻量模型召回候选再用重模型精排并缓存热门用户的特征';
    const text = `Answer: ${cjk} done`;
    for (const width of [40, 80]) {
      const lines = wrap(text, width).split('\n');
      for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(width);
      expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    }
    expect(wrap(text, 40).split('\n').length).toBeGreaterThan(2);
    // An id with no wide characters is never broken, even when it is longer than the width.
    const id = 'session-2026-12-01T13-11-00-fraud-detection-abcdef0123456789';
    expect(wrap(`Resume with mlsd resume ${id}`, 40).split('\n')).toContain(id);
  });

  it('fits printed lines to the terminal by words, bullets hanging, commands kept whole', () => {
    const line = '  - Then: your weakest dimension, cold-start (13 recently) -> mlsd drill --focus cold-start, or a case you have not tried yet';
    const out = fitLines(line, 60).split('\n');
    for (const l of out) expect(visibleLength(l)).toBeLessThanOrEqual(60);
    expect(out.some((l) => l.includes('mlsd drill --focus cold-start'))).toBe(true);
    expect(out.slice(1).every((l) => l.startsWith('    ') && !l.startsWith('     '))).toBe(true);
    expect(out.join(' ').replace(/\s+/g, ' ')).toBe(line.replace(/\s+/g, ' '));
    const saved = 'Saved as 20261201-134937-fraud-detection-6cae. Full report: mlsd report 20261201-134937-fraud-detection-6cae --format html -o report.html';
    expect(fitLines(saved, 80).split('\n')).toContain('mlsd report 20261201-134937-fraud-detection-6cae --format html -o report.html');
    // wrap() itself keeps them whole, as errors and end-of-session lines are wrapped before printing.
    expect(wrap('mlsd: stopped; everything you typed is saved. Continue with: mlsd resume 20261201-140540-fraud-detection-b2e8', 80).split('\n')).toContain('mlsd resume 20261201-140540-fraud-detection-b2e8');
    // A line that fits is left alone, indentation and all.
    expect(fitLines('   short   line', 60)).toBe('   short   line');
  });

  it('hangs a bullet under its text, and fits a table to the width by dropping then shrinking columns', () => {
    expect(bullet('-', 'one two three four five six', 24)).toBe('  - one two three four\n    five six');
    const rows = [
      ['ID', 'WHEN', 'CASE', 'SCORE'],
      ['20261201-093000-fraud-detection-1a2b', '2026-12-01 09:30', 'fraud-detection', '72'],
    ];
    const narrow = fitTable(rows, 60, { drop: [1], shrink: 2 });
    for (const line of narrow.split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(60);
    expect(narrow).toContain('20261201-093000-fraud-detection-1a2b');
    expect(narrow).not.toContain('2026-12-01 09:30');
  });
});

describe('printing to a terminal', () => {
  const terminal = () => {
    let out = '';
    const io = { stdout: { isTTY: true, columns: 40, write: (t: string) => ((out += t), true) } } as unknown as IO;
    return { io, out: () => out };
  };

  it('fits text to the screen, but prints JSON whole so that it stays valid when copied', () => {
    const text = terminal();
    print(text.io, 'A sentence long enough that it cannot fit on one line of forty columns.');
    for (const line of text.out().trimEnd().split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(40);
    const json = terminal();
    const value = { feedback: 'A sentence long enough that it cannot fit on one line of forty columns.' };
    printJson(json.io, value);
    expect(JSON.parse(json.out())).toEqual(value);
  });
});

describe('lists to choose from', () => {
  it("wraps a choice's description by words under the list", async () => {
    const { fittedChoices } = await import('../src/ui/prompts.js');
    const [choice] = fittedChoices([{ name: '1. Clarify requirements', value: 'requirements', description: 'Before designing anything, what would you want to clarify about this fraud problem, its labels and its latency?' }]);
    const lines = choice!.description!.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(79);
    expect(lines.join(' ')).toContain('fraud problem, its labels');
  });
});
