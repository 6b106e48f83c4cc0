import { Writable } from 'node:stream';
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../src/cases/schema.js';
import { LlmClient } from '../src/llm/client.js';
import { OfflineGrader } from '../src/grading/offline.js';
import { answerFromFacts, NO_FACT_REPLY } from '../src/interview/interviewer.js';
import { clarifyingReply, followUpQuestion } from '../src/practice/interviewer-llm.js';
import type { PracticeContext } from '../src/practice/context.js';
import { useFakeServers } from './helpers/fake-openai.js';
import { bundledCase, bundledCases } from './helpers/library.js';

let c: Case;
const fake = useFakeServers();
beforeAll(async () => {
  c = await bundledCase('video-recommendation');
});

describe('offline interviewer', () => {
  it.each([
    ['How many daily active users do we have?', 'scale'],
    ['What latency budget does the home page give us?', 'latency'],
    ['What is the business goal here?', 'business-goal'],
  ])('answers "%s" with the %s fact', (question, topic) => {
    const reply = answerFromFacts(c, question);
    expect(reply.fact?.topic).toBe(topic);
    expect(reply.reply).toBe(reply.fact!.answer);
  });

  it('hands an unrelated question back to the candidate', () => {
    expect(answerFromFacts(c, 'Do you like pizza?')).toEqual({ reply: NO_FACT_REPLY, fact: null });
  });
});

async function ctxWith(client: LlmClient | undefined, errors: string[]): Promise<PracticeContext> {
  const color = new Chalk({ level: 0 });
  const sink = new Writable({ write: (chunk, _e, done) => (errors.push(String(chunk)), done()) });
  const grader = new OfflineGrader(await bundledCases());
  return {
    io: { stdout: sink, stderr: sink, stdin: process.stdin, env: {}, color, colorErr: color },
    prompter: undefined as never,
    store: undefined as never,
    cases: [c],
    width: 80,
    now: Date.now,
    grader: async () => ({ grader, client, notice: '' }),
    spinner: async () => ({ update() {}, stop() {} }),
  };
}

describe('LLM interviewer', () => {
  it('answers clarifying questions through the LLM, with the facts in the prompt and the question fenced', async () => {
    const server = await fake(() => ({ content: 'About two billion people a month.' }));
    const client = new LlmClient({ model: 'm', baseURL: server.url, apiKey: undefined, timeoutMs: 2000, maxRetries: 0 });
    const reply = await clarifyingReply(await ctxWith(client, []), c, 'How many users?');
    expect(reply.reply).toBe('About two billion people a month.');
    const user = server.requests[0]!.messages[1]!.content;
    expect(user).toContain(c.facts[0]!.answer);
    expect(user).toMatch(/<question-[0-9a-f]+>\nHow many users\?\n<\/question-/);
    expect(server.requests[0]!.response_format).toBeUndefined();
  });

  it("falls back to the case's facts, with a note, when the LLM fails", async () => {
    const server = await fake(() => ({ status: 500 }));
    const client = new LlmClient({ model: 'm', baseURL: server.url, apiKey: undefined, timeoutMs: 2000, maxRetries: 0 });
    const errors: string[] = [];
    const reply = await clarifyingReply(await ctxWith(client, errors), c, 'How many daily active users do we have?');
    expect(reply.fact?.topic).toBe('scale');
    expect(errors.join('')).toMatch(/answered from the case file: the LLM did not answer/);
  });

  it("asks the LLM's follow-up, or the rubric's probe without an LLM", async () => {
    const step = c.steps.find((s) => s.id === 'model')!;
    const criterion = step.criteria[0]!;
    expect(await followUpQuestion(await ctxWith(undefined, []), c, step, criterion, 'answer')).toBe(criterion.probe);
    const server = await fake(() => ({ content: 'What would you ship first, before any neural network?\n' }));
    const client = new LlmClient({ model: 'm', baseURL: server.url, apiKey: undefined, timeoutMs: 2000, maxRetries: 0 });
    expect(await followUpQuestion(await ctxWith(client, []), c, step, criterion, 'answer')).toBe('What would you ship first, before any neural network?');
  });
});
