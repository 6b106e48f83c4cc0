import { Writable } from 'node:stream';
import { Chalk } from 'chalk';
import type { StepId } from '../../src/cases/schema.js';
import type { IO } from '../../src/io.js';
import type { AnswerPromptConfig, AnswerResult } from '../../src/ui/answer-prompt.js';
import type { Choice, Prompter } from '../../src/ui/prompts.js';
import type { QuestionClock, QuestionResult } from '../../src/ui/question-prompt.js';

type Scripted = { answer: (config: AnswerPromptConfig) => AnswerResult; line: string; choose: string };

/** A prompter that plays a script and records what the person was shown. */
export class ScriptedPrompter implements Prompter {
  readonly asked: AnswerPromptConfig[] = [];
  constructor(private readonly script: Partial<{ [K in keyof Scripted]: Scripted[K][] }>) {}
  private next<K extends keyof Scripted>(kind: K): Scripted[K] {
    const queue = this.script[kind];
    if (!queue || queue.length === 0) throw new Error(`script has no more ${kind}`);
    return queue.shift()!;
  }
  async pickCase(): Promise<string> {
    throw new Error('not scripted');
  }
  async pickStep(): Promise<StepId> {
    throw new Error('not scripted');
  }
  async choose<T>(_m: string, choices: Choice<T>[]): Promise<T> {
    const value = this.next('choose');
    const found = choices.find((c) => String(c.value) === value);
    if (!found) throw new Error(`no choice ${value} in ${choices.map((c) => c.value).join(',')}`);
    return found.value;
  }
  async answer(config: AnswerPromptConfig): Promise<AnswerResult> {
    this.asked.push(config);
    return this.next('answer')(config);
  }
  async edit(_m: string, text: string): Promise<string> {
    return `${text} (edited)`;
  }
  readonly lineMessages: string[] = [];
  readonly clocks: QuestionClock[] = [];
  async question(message: string, clock: QuestionClock): Promise<QuestionResult> {
    this.clocks.push(clock);
    return { text: (await this.line(message)).trim(), timeUp: false };
  }
  async line(message: string): Promise<string> {
    this.lineMessages.push(message);
    return this.next('line');
  }
  async confirm(): Promise<boolean> {
    return true;
  }
}

export function captureIO(): IO & { output: () => string } {
  let text = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      text += chunk;
      done();
    },
  });
  const color = new Chalk({ level: 0 });
  return { stdout: sink, stderr: sink, stdin: process.stdin, env: {}, color, colorErr: color, output: () => text };
}

export const submit = (text: string) => (): AnswerResult => ({ text, action: 'submit', elapsedMs: 5_000 });

