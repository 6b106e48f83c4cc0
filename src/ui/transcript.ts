import type { ChalkInstance } from 'chalk';
import { STEP_TITLES } from '../cases/steps.js';
import type { Session, TranscriptEntry } from '../interview/session.js';
import { inert } from '../text/inert.js';
import { formatDuration, wrap } from './text.js';

const SPEAKER: Record<TranscriptEntry['who'], string> = { interviewer: 'Interviewer', candidate: 'You' };

const LABEL: Partial<Record<TranscriptEntry['kind'], string>> = { probe: 'probe', twist: 'changed requirement', 'deep-dive': 'deep dive', clarifying: 'question' };

/** A mock's dialogue as it happened, for the terminal: who said what, at which step, when. `brief` keeps each turn to two lines. */
export function renderTranscript(session: Session, color: ChalkInstance, width: number, { brief = false } = {}): string {
  const out: string[] = [];
  let step: string | null = null;
  for (const entry of session.transcript ?? []) {
    if (entry.step && entry.step !== step) {
      step = entry.step;
      out.push('', color.bold(STEP_TITLES[entry.step]));
    }
    const label = LABEL[entry.kind] ? color.dim(` (${LABEL[entry.kind]})`) : '';
    const clock = entry.elapsedMs !== undefined ? color.dim(` [${formatDuration(entry.elapsedMs)}]`) : '';
    let text = inert(entry.text.trim() || '(nothing typed)');
    if (brief) {
      const flat = text.replace(/\s+/g, ' ');
      const max = Math.max(40, width * 2 - 30);
      text = flat.length > max ? `${flat.slice(0, max - 3).replace(/\s+\S*$/, '')}...` : flat;
    }
    const who = entry.who === 'interviewer' ? color.bold(SPEAKER[entry.who]) : color.cyan(SPEAKER[entry.who]);
    out.push(wrap(`${who}${label}${clock}: ${text}`, width, '  ').trimStart());
  }
  return out.join('\n').trim();
}

/**
 * The turns to recall when an interview resumes: the last `max`, without the interviewer's last
 * words, which the interview says again as it picks up.
 */
export function recapTurns<T extends { who: string }>(turns: T[], max = 8): { shown: T[]; total: number } {
  let end = turns.length;
  while (end > 0 && turns[end - 1]!.who === 'interviewer') end--;
  return { shown: turns.slice(Math.max(0, end - max), end), total: end };
}

/** The same dialogue in Markdown, for reports. */
export function markdownTranscript(session: Session, escape: (s: string) => string): string {
  const out: string[] = [];
  let step: string | null = null;
  for (const entry of session.transcript ?? []) {
    if (entry.step && entry.step !== step) {
      step = entry.step;
      out.push(`### ${STEP_TITLES[entry.step]}`, '');
    }
    const label = LABEL[entry.kind] ? ` (${LABEL[entry.kind]})` : '';
    const clock = entry.elapsedMs !== undefined ? ` [${formatDuration(entry.elapsedMs)}]` : '';
    out.push(`**${SPEAKER[entry.who]}${label}${clock}:**`, '', escape(entry.text.trim() || '(nothing typed)').split('\n').map((l) => `> ${l}`).join('\n'), '');
  }
  return out.join('\n');
}
