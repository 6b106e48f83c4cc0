import { render } from '@inquirer/testing';
import { describe, expect, it, vi } from 'vitest';
import { answerPrompt } from '../src/ui/answer-prompt.js';
import { selectOrQuit } from '../src/ui/menu-prompt.js';
import { questionPrompt } from '../src/ui/question-prompt.js';

describe('multi-line answer prompt', () => {
  it('takes several lines and paragraphs and finishes on Ctrl-S', async () => {
    const drafts: string[] = [];
    const { answer, events, getScreen } = await render(answerPrompt, { message: 'How would you serve it?', onDraft: (t) => drafts.push(t) });
    expect(getScreen()).toContain('Ctrl-S or a line with only "." to finish');
    events.type('First paragraph, line one.');
    events.keypress('enter');
    events.keypress('enter');
    events.type('Second paragraph.');
    expect(getScreen()).toContain('First paragraph, line one.');
    events.keypress({ name: 's', ctrl: true });
    const result = await answer;
    expect(result.action).toBe('submit');
    expect(result.text).toBe('First paragraph, line one.\n\nSecond paragraph.');
    expect(drafts).toContain('First paragraph, line one.');
    expect(drafts.at(-1)).toBe('First paragraph, line one.\n\nSecond paragraph.');
  });

  it('wraps finished lines by words on screen, keeping what was typed as typed', async () => {
    const long = '- Offline: PR-AUC and recall at a fixed false positive rate (0.1% of legit txns), since positives are about 0.1% and accuracy says nothing';
    const { answer, events, getScreen } = await render(answerPrompt, { message: 'Q' });
    events.type(long);
    events.keypress('enter');
    events.type('  - sub point');
    const screen = getScreen();
    expect(screen).toContain('txns), since positives');
    expect(screen).not.toMatch(/legi\n/);
    for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    events.keypress({ name: 's', ctrl: true });
    expect((await answer).text).toBe(`${long}\n  - sub point`);
  });

  it('counts words, not bullet dashes or arrows', async () => {
    const { answer, events, getScreen } = await render(answerPrompt, { message: 'Q' });
    events.type('- click-only -> clickbait');
    events.keypress({ name: 's', ctrl: true });
    await answer;
    expect(getScreen()).toContain('(2 words)');
  });

  it('keeps the word count whole on a line of its own when the question fills the line', async () => {
    const message = 'Before you design anything, what would you like to know about video search?';
    const { answer, events, getScreen } = await render(answerPrompt, { message });
    events.type('twenty three words');
    events.keypress({ name: 's', ctrl: true });
    await answer;
    const screen = getScreen();
    expect(screen).toContain('\n  (3 words)');
    for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('says "passed", not "1 word", when the answer is skip', async () => {
    const { answer, events, getScreen } = await render(answerPrompt, { message: 'Q' });
    events.type('skip');
    events.keypress({ name: 's', ctrl: true });
    expect((await answer).text).toBe('skip');
    expect(getScreen()).toContain('(passed)');
  });

  it('keeps a line break typed just before an interruption, so a resumed answer goes on from a new line', async () => {
    const drafts: string[] = [];
    const first = await render(answerPrompt, { message: 'Q', onDraft: (t) => drafts.push(t) });
    first.events.type('- velocity features per card');
    first.events.keypress('enter');
    expect(drafts.at(-1)).toBe('- velocity features per card\n');
    // The interrupted prompt is closed here: left open, it would be force-closed when the test worker
    // exits, a rejection nobody handles, reported against whatever file runs last in that worker.
    (first.answer as typeof first.answer & { cancel(): void }).cancel();
    await expect(first.answer).rejects.toThrow();
    const resumed = await render(answerPrompt, { message: 'Q', initial: drafts.at(-1) });
    resumed.events.type('- labels from chargebacks');
    resumed.events.keypress({ name: 's', ctrl: true });
    expect((await resumed.answer).text).toBe('- velocity features per card\n- labels from chargebacks');
  });

  it('finishes on a line with a single period, which is not part of the answer', async () => {
    const { answer, events } = await render(answerPrompt, { message: 'Q' });
    events.type('Only line');
    events.keypress('enter');
    events.type('.');
    events.keypress('enter');
    expect((await answer).text).toBe('Only line');
  });

  it('goes back into the line above on backspace at the start of an empty line', async () => {
    const { answer, events } = await render(answerPrompt, { message: 'Q' });
    events.type('abc');
    events.keypress('enter');
    events.keypress('backspace');
    events.type('d');
    events.keypress({ name: 's', ctrl: true });
    expect((await answer).text).toBe('abcd');
  });

  it('keeps a restored draft as the answer when the time is already up', async () => {
    const timer = { budgetMs: 10_000, elapsedBeforeMs: 20_000, hardLimitMs: 15_000 };
    const { answer } = await render(answerPrompt, { message: 'Q', initial: 'first line\nHow many daily users', timer });
    expect(await answer).toMatchObject({ text: 'first line\nHow many daily users', action: 'time-up' });
  });

  it('restores a saved draft, last line still editable', async () => {
    const { answer, events } = await render(answerPrompt, { message: 'Q', initial: 'kept line\nhalf' });
    events.type(' done');
    events.keypress({ name: 's', ctrl: true });
    expect((await answer).text).toBe('kept line\nhalf done');
  });

  it('asks for the editor with what was typed so far', async () => {
    const { answer, events } = await render(answerPrompt, { message: 'Q' });
    events.type('draft');
    events.keypress('enter');
    events.type('/edit');
    events.keypress('enter');
    expect(await answer).toMatchObject({ action: 'editor', text: 'draft' });
  });

  it('shows the countdown, nudges when over budget, and moves on at the hard limit keeping the text', async () => {
    let clock = 0;
    const timer = { budgetMs: 60_000, elapsedBeforeMs: 0, hardLimitMs: 90_000 };
    const { answer, events, getScreen } = await render(answerPrompt, { message: 'Q', timer, now: () => clock });
    expect(getScreen()).toContain('1:00 left of 1:00');
    events.type('typed before time ran out');
    clock = 70_000;
    events.type('!');
    expect(getScreen()).toContain('over budget by 0:10');
    clock = 95_000;
    const result = await answer;
    expect(result).toMatchObject({ action: 'time-up', text: 'typed before time ran out!' });
    expect(result.elapsedMs).toBe(95_000);
  });
});

describe('clarifying-question prompt', () => {
  it('shows the step clock ticking under the question and sends on Enter', async () => {
    let t = 0;
    const { answer, events, getScreen } = await render(questionPrompt, { message: 'Your question:', clock: { budgetMs: 300_000, elapsedBeforeMs: 60_000, hardLimitMs: 450_000 }, now: () => t });
    expect(getScreen()).toContain('4:00 left of 5:00');
    events.type('How many payments a day?');
    events.keypress('enter');
    expect(await answer).toEqual({ text: 'How many payments a day?', timeUp: false });
  });

  it('says when the step is over budget, and ends by itself at the hard limit keeping the text', async () => {
    vi.useFakeTimers();
    try {
      let t = 0;
      const { answer, events, getScreen } = await render(questionPrompt, { message: 'Your question:', clock: { budgetMs: 10_000, elapsedBeforeMs: 9_000, hardLimitMs: 15_000 }, now: () => t });
      events.type('What is the p99');
      t = 3_000;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(getScreen()).toContain('over budget by 0:02');
      t = 7_000;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await answer).toEqual({ text: 'What is the p99', timeUp: true });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the menu', () => {
  const choices = [
    { name: 'Drill a question', value: 'drill' },
    { name: 'Quick review', value: 'review' },
    { name: 'Quit (q)', value: 'quit' },
  ];

  it('leaves at once on q', async () => {
    const { answer, events } = await render(selectOrQuit<string>, { message: 'What next?', choices, quit: 'quit' });
    events.keypress('q');
    expect(await answer).toBe('quit');
  });

  it('chooses with the arrows and Enter as a list does', async () => {
    const { answer, events } = await render(selectOrQuit<string>, { message: 'What next?', choices, quit: 'quit' });
    events.keypress('down');
    events.keypress('enter');
    expect(await answer).toBe('review');
  });
});
