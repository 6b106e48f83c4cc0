import { createPrompt, isEnterKey, makeTheme, useEffect, useKeypress, usePrefix, useRef, useState, type Status } from '@inquirer/core';
import { inert } from '../text/inert.js';
import { afterMessage, formatDuration } from './text.js';

/**
 * One line, Enter to send, with the step's clock ticking under it: the clarifying questions of a
 * mock run on the step's time, so the countdown shows while they are asked. At the hard limit the
 * prompt ends by itself, keeping what was typed.
 */
export interface QuestionClock {
  budgetMs: number;
  elapsedBeforeMs: number;
  hardLimitMs: number;
}

export interface QuestionPromptConfig {
  message: string;
  clock: QuestionClock;
  now?: () => number;
}

export interface QuestionResult {
  text: string;
  timeUp: boolean;
}

export function clockLine(clock: QuestionClock, usedMs: number): string {
  const left = clock.budgetMs - usedMs;
  return left >= 0 ? `⏱ ${formatDuration(left)} left of ${formatDuration(clock.budgetMs)}` : `⏱ over budget by ${formatDuration(-left)}: moving on in ${formatDuration(Math.max(0, clock.hardLimitMs - usedMs))}`;
}

export const questionPrompt = createPrompt<QuestionResult, QuestionPromptConfig>((config, done) => {
  const theme = makeTheme();
  const now = config.now ?? Date.now;
  const [status, setStatus] = useState<Status>('idle');
  const [value, setValue] = useState('');
  const [tick, setTick] = useState(0);
  const startedAt = useRef(now());
  const prefix = usePrefix({ status, theme });
  const used = () => config.clock.elapsedBeforeMs + (now() - startedAt.current);

  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 1000);
    return () => clearInterval(timer);
  }, []);

  useEffect(
    () => {
      if (status !== 'idle' || used() < config.clock.hardLimitMs) return;
      setStatus('done');
      done({ text: value.trim(), timeUp: true });
    },
    [tick],
  );

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      // readline has already taken the line by now: what was typed is in `value`.
      setStatus('done');
      done({ text: value.trim(), timeUp: false });
      return;
    }
    setValue(rl.line);
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(afterMessage(config.message, inert(value)))}`;
  return [`${prefix} ${message} ${inert(value)}`, theme.style.help(clockLine(config.clock, used()))];
});
