import { createPrompt, isBackspaceKey, isEnterKey, makeTheme, useEffect, useKeypress, usePrefix, useRef, useState, type Status } from '@inquirer/core';
import { inert } from '../text/inert.js';
import { isPassed } from '../interview/session.js';
import { formatDuration, promptWidth, visibleLength, wrap } from './text.js';

/**
 * Multi-line answer entry for long answers. Enter starts a new line; Ctrl-S or a line with a
 * single "." finishes; "/edit" hands the text to $EDITOR. Backspace on an empty line goes back
 * into the line above. An optional countdown shows the step's budget, nudges when it runs over,
 * and moves on when the hard limit passes, keeping what was typed.
 */

export interface AnswerTimer {
  budgetMs: number;
  /** Time already spent on this step (earlier attempts, before a resume). */
  elapsedBeforeMs: number;
  /** When the time is up and the prompt moves on by itself. */
  hardLimitMs: number;
  /** Optional whole-interview clock shown beside the step's. */
  interviewLeftMs?: () => number;
}

export interface AnswerPromptConfig {
  message: string;
  initial?: string;
  timer?: AnswerTimer;
  /** Called at every change, so that the caller always holds what was typed. */
  onDraft?: (text: string, elapsedMs: number) => void;
  /** Lines of the answer kept on screen; earlier ones are summarised. */
  visibleLines?: number;
  now?: () => number;
}

export interface AnswerResult {
  text: string;
  action: 'submit' | 'editor' | 'time-up';
  elapsedMs: number;
}

const FINISH_HELP = 'Enter: new line · Ctrl-S or a line with only "." to finish · "/edit" opens $EDITOR';

export const answerPrompt = createPrompt<AnswerResult, AnswerPromptConfig>((config, done) => {
  const theme = makeTheme();
  const now = config.now ?? Date.now;
  const initialLines = config.initial ? config.initial.replace(/\r\n/g, '\n').split('\n') : [];
  // The last line of a restored draft stays editable.
  const [lines, setLines] = useState<string[]>(initialLines.slice(0, -1));
  const [current, setCurrent] = useState<string>('');
  const [status, setStatus] = useState<Status>('idle');
  const [tick, setTick] = useState(0);
  const startedAt = useRef(now());
  const prefix = usePrefix({ status, theme });

  const elapsed = () => (config.timer?.elapsedBeforeMs ?? 0) + (now() - startedAt.current);
  const textOf = (all: string[], line: string) => [...all, line].join('\n').replace(/\s+$/, '');
  // A draft keeps the line breaks typed so far, so that a resumed answer goes on from a new line.
  const draftOf = (all: string[], line: string) => [...all, line].join('\n').replace(/[ \t]+$/, '');

  const finish = (action: AnswerResult['action'], all: string[], line: string) => {
    // What the done line counts is what was submitted, not the "." that finished it.
    setLines(all);
    setCurrent(line);
    setStatus('done');
    done({ text: textOf(all, line), action, elapsedMs: elapsed() });
  };

  useEffect((rl) => {
    const last = initialLines[initialLines.length - 1];
    if (last) {
      rl.write(last);
      setCurrent(last);
    }
  }, []);

  useEffect(() => {
    if (!config.timer) return;
    const timer = setInterval(() => setTick((t) => t + 1), 1000);
    return () => clearInterval(timer);
  }, []);

  useEffect(
    (rl) => {
      const t = config.timer;
      if (!t || status !== 'idle') return;
      // The line being typed is in readline, which may be ahead of the last render (a restored draft).
      if (elapsed() >= t.hardLimitMs) finish('time-up', lines, rl.line || current);
    },
    [tick],
  );

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const line = current;
      if (line.trim() === '.') return finish('submit', lines, '');
      if (line.trim() === '/edit') return finish('editor', lines, '');
      const next = [...lines, line];
      setLines(next);
      setCurrent('');
      config.onDraft?.(draftOf(next, ''), elapsed());
      return;
    }
    if (key.ctrl && key.name === 's') return finish('submit', lines, rl.line);
    if (isBackspaceKey(key) && current === '' && rl.line === '' && lines.length > 0) {
      const previous = lines[lines.length - 1]!;
      setLines(lines.slice(0, -1));
      rl.write(previous);
      setCurrent(previous);
      return;
    }
    if (rl.line !== current) {
      setCurrent(rl.line);
      config.onDraft?.(draftOf(lines, rl.line), elapsed());
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    const text = textOf(lines, current);
    // Bullet dashes and arrows are not words.
    const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    // "skip" or "pass" is a choice, not a one-word answer.
    const said = isPassed(text) ? 'passed' : `${words} word${words === 1 ? '' : 's'}`;
    const count = theme.style.answer(`(${said})`);
    // The count goes on a line of its own when the question's last line has no room left for it.
    const last = `${prefix} ${message}`.split('\n').pop()!;
    return `${prefix} ${message}${visibleLength(last) + 1 + visibleLength(count) <= promptWidth() ? ' ' : '\n  '}${count}`;
  }

  const maxLines = Math.max(3, config.visibleLines ?? 14);
  const hidden = Math.max(0, lines.length - maxLines);
  // Finished lines wrap by words, their continuation indented further; the line being typed is
  // left to the terminal, whose cursor follows it.
  const shown = lines.slice(hidden).map((l) => {
    const text = inert(l);
    const lead = /^\s*/.exec(text)![0];
    return `  ${lead}${wrap(text.slice(lead.length), promptWidth() - 4 - lead.length).replace(/\n/g, `\n    ${lead}`)}`;
  });
  const head = [`${prefix} ${message}`];
  if (hidden > 0) head.push(theme.style.help(`  … ${hidden} earlier line${hidden === 1 ? '' : 's'}`));
  const content = [...head, ...shown, `  ${inert(current)}`].join('\n');

  const bottom: string[] = [];
  const t = config.timer;
  if (t) {
    const used = elapsed();
    const left = t.budgetMs - used;
    const clock = left >= 0 ? `⏱ ${formatDuration(left)} left of ${formatDuration(t.budgetMs)}` : `⏱ over budget by ${formatDuration(-left)}: wrap up; moving on in ${formatDuration(t.hardLimitMs - used)}`;
    const whole = t.interviewLeftMs ? ` · interview ${formatDuration(Math.max(0, t.interviewLeftMs()))} left` : '';
    bottom.push(left >= 0 ? theme.style.help(clock + whole) : `\u001b[33m${clock}\u001b[39m${theme.style.help(whole)}`);
  }
  // Wrapped here, by words: the terminal would break "$EDITOR" in two at 80 columns.
  bottom.push(theme.style.help(wrap(FINISH_HELP, promptWidth())));
  return [content, bottom.join('\n')];
});
