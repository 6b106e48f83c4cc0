import { randomBytes } from 'node:crypto';
import type { Case, Criterion, Step } from '../cases/schema.js';
import { printErr } from '../io.js';
import { answerFromFacts, type InterviewerReply } from '../interview/interviewer.js';
import { fill, loadTemplate } from '../llm/templates.js';
import type { PracticeContext } from './context.js';

// The interviewer's voice: the LLM when one grades, the case's own facts and probes otherwise.
// These are conversation, not grades, so an LLM failure here falls back, with a note.

/**
 * One turn of the interviewer through the LLM: the template filled, the untrusted text fenced by
 * a fresh nonce, the reply as text. Undefined when there is no LLM or it failed (with a note).
 */
async function interviewerTurn(
  ctx: PracticeContext,
  name: 'interviewer' | 'followup',
  values: (nonce: string) => Record<string, string>,
  what: string,
): Promise<string | undefined> {
  const { client } = await ctx.grader();
  if (!client) return undefined;
  const template = loadTemplate(name);
  const filled = values(randomBytes(6).toString('hex'));
  try {
    const reply = await client.chat({ system: fill(template.system, filled), user: fill(template.user, filled) });
    return reply.content.trim();
  } catch (error) {
    printErr(ctx.io, ctx.io.colorErr.dim(`(${what} from the case file: the LLM did not answer: ${(error as Error).message})`));
    return undefined;
  }
}

export async function clarifyingReply(ctx: PracticeContext, c: Case, question: string): Promise<InterviewerReply> {
  const offline = answerFromFacts(c, question);
  const reply = await interviewerTurn(
    ctx,
    'interviewer',
    (nonce) => ({
      nonce,
      case_title: c.title,
      case_prompt: c.prompt,
      facts: c.facts.map((f) => `- (${f.topic}) ${f.question} -> ${f.answer}`).join('\n'),
      question: question.replaceAll(`question-${nonce}`, 'question'),
    }),
    'answered',
  );
  return reply ? { reply, fact: offline.fact } : offline;
}

export async function followUpQuestion(ctx: PracticeContext, c: Case, step: Step, criterion: Criterion, answer: string): Promise<string> {
  const reply = await interviewerTurn(
    ctx,
    'followup',
    (nonce) => ({
      nonce,
      case_title: c.title,
      question: step.question,
      criterion: `${criterion.description} (strong: ${criterion.levels.justified})`,
      probe: criterion.probe,
      answer: answer.replaceAll(`answer-${nonce}`, 'answer'),
    }),
    'follow-up taken',
  );
  const line = reply?.split('\n').find((l) => l.trim())?.trim();
  return line && line.length < 400 ? line : criterion.probe;
}
