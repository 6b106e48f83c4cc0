import { randomBytes } from 'node:crypto';
import type { Case, Criterion, Step } from '../cases/schema.js';
import { printErr } from '../io.js';
import { answerFromFacts, type InterviewerReply } from '../interview/interviewer.js';
import { fill, loadTemplate } from '../grading/templates.js';
import type { PracticeContext } from './context.js';

// The interviewer's voice: the LLM when one grades, the case's own facts and probes otherwise.
// These are conversation, not grades, so an LLM failure here falls back, with a note.

function noteFallback(ctx: PracticeContext, what: string, error: unknown): void {
  printErr(ctx.io, ctx.io.colorErr.dim(`(${what} from the case file: the LLM did not answer: ${(error as Error).message})`));
}

export async function clarifyingReply(ctx: PracticeContext, c: Case, question: string): Promise<InterviewerReply> {
  const offline = answerFromFacts(c, question);
  const { client } = await ctx.grader();
  if (!client) return offline;
  const template = loadTemplate('interviewer');
  const nonce = randomBytes(6).toString('hex');
  const values = {
    nonce,
    case_title: c.title,
    case_prompt: c.prompt,
    facts: c.facts.map((f) => `- (${f.topic}) ${f.question} -> ${f.answer}`).join('\n'),
    question: question.replaceAll(`question-${nonce}`, 'question'),
  };
  try {
    const reply = await client.chat({ system: fill(template.system, values), user: fill(template.user, values) });
    return { reply: reply.content.trim(), fact: offline.fact };
  } catch (error) {
    noteFallback(ctx, 'answered', error);
    return offline;
  }
}

export async function followUpQuestion(ctx: PracticeContext, c: Case, step: Step, criterion: Criterion, answer: string): Promise<string> {
  const { client } = await ctx.grader();
  if (!client) return criterion.probe;
  const template = loadTemplate('followup');
  const nonce = randomBytes(6).toString('hex');
  const values = {
    nonce,
    case_title: c.title,
    question: step.question,
    criterion: `${criterion.description} (strong: ${criterion.levels.justified})`,
    probe: criterion.probe,
    answer: answer.replaceAll(`answer-${nonce}`, 'answer'),
  };
  try {
    const reply = await client.chat({ system: fill(template.system, values), user: fill(template.user, values) });
    const text = reply.content.trim().split('\n').find((l) => l.trim())?.trim();
    return text && text.length < 400 ? text : criterion.probe;
  } catch (error) {
    noteFallback(ctx, 'follow-up taken', error);
    return criterion.probe;
  }
}
