import { randomBytes } from 'node:crypto';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import type { Case, Step } from '../cases/schema.js';
import { STEP_TITLES } from '../cases/steps.js';
import { GraderError } from '../errors.js';
import { GradeCache } from './cache.js';
import { checkQuotes } from './evidence.js';
import type { LlmClient } from '../llm/client.js';
import { parseJsonReply } from '../llm/json-reply.js';
import type { GradingModels } from './models.js';
import { gradeStep, type PreparedStep } from './pipeline.js';
import { criterionMax, pointsFor } from './score.js';
import { fill, loadTemplate } from '../llm/templates.js';
import type { CriterionResult, Flag, Grader, GraderInfo, StepGradeRequest, StepJudgement, StepResult } from './types.js';

/**
 * The LLM grader: one request a step, a strict JSON schema naming each criterion, the answer
 * between nonce tags as untrusted data, and every credited criterion backed by quotes that code
 * finds in the answer. No verified quote, no credit; a quote from a sentence that states a known
 * mistake does not count either. The model judges meaning; the pipeline's checks then apply in code
 * exactly as they do to the offline grader's levels (keyword lists, padding, another case's answer,
 * the reference pasted back, a generic template, text aimed at the grader).
 */

const CACHE_VERSION = 2;

function verdictSchema(step: Step) {
  const verdict = z.object({
    rationale: z.string(),
    quotes: z.array(z.string()),
    level: z.number().int().min(0).max(3),
  });
  return z.object({
    criteria: z.object(Object.fromEntries(step.criteria.map((k) => [k.id, verdict]))),
    improvement: z.string(),
  });
}

export type StepVerdict = z.output<ReturnType<typeof verdictSchema>>;

function rubricText(step: Step): string {
  return step.criteria
    .map((k) =>
      [
        `- id: ${k.id} (dimension ${k.dimension}, weight ${k.weight})`,
        `  what it checks: ${k.description}`,
        `  level 0: ${k.levels.absent}`,
        `  level 1: ${k.levels.named}`,
        `  level 2: ${k.levels.explained}`,
        `  level 3: ${k.levels.justified}`,
      ].join('\n'),
    )
    .join('\n');
}

export interface LlmGraderOptions {
  cache?: GradeCache;
  /** Library statistics for the checks. */
  models: GradingModels;
}

export class LlmGrader implements Grader {
  readonly info: GraderInfo;
  /** Steps answered from the cache, without a request. */
  cacheHits = 0;
  private readonly template = loadTemplate('grader');

  readonly models: GradingModels;

  constructor(
    private readonly client: LlmClient,
    private readonly options: LlmGraderOptions,
  ) {
    this.info = { kind: 'llm', model: client.model, promptVersion: this.template.version };
    this.models = options.models;
  }

  gradeStep(request: StepGradeRequest): Promise<StepResult> {
    return gradeStep(this, request);
  }

  async judgeStep(prepared: PreparedStep): Promise<StepJudgement> {
    const { case: c } = prepared;
    const stepId = prepared.step;
    const step = c.steps.find((s) => s.id === stepId)!;
    const flags: Flag[] = [];
    const text = prepared.text.trim();
    const key = GradeCache.key([CACHE_VERSION, c.id, step, text, this.client.model, this.client.endpoint, this.template.version]);
    const cached = this.options.cache?.get(key) as StepJudgement | undefined;
    if (cached) {
      this.cacheHits++;
      return cached;
    }
    // Quotes from sentences that state a known mistake earn nothing.
    const voided = [...prepared.voided].map((i) => prepared.analysis.sentences[i]!.text);

    const verdict = text ? await this.requestVerdict(c, step, text) : undefined;
    const criteria: CriterionResult[] = step.criteria.map((criterion) => {
      const v = verdict?.criteria[criterion.id];
      const checked = checkQuotes(text, v?.quotes ?? []);
      const verified = checked.verified.filter((q) => !voided.some((s) => s.toLowerCase().includes(q.toLowerCase())));
      const rejected = checked.rejected;
      let level = v?.level ?? 0;
      let feedback = v?.rationale ?? 'Nothing in the answer addresses this.';
      if (level > 0 && verified.length === 0) {
        feedback = `No credit: the grader's evidence is not in your answer. (It said: ${feedback})`;
        flags.push({
          kind: 'unverified-evidence',
          step: stepId,
          message: `${criterion.id}: the grader cited ${rejected.length > 0 ? `"${rejected[0]!.slice(0, 60)}", which is not in the answer` : 'no quote'}; no credit given`,
        });
        level = 0;
      }
      return {
        id: criterion.id,
        dimension: criterion.dimension,
        level,
        score: pointsFor(level, criterion),
        max: criterionMax(criterion),
        evidence: verified,
        feedback,
        covered: level > 0 ? [criterion.description] : [],
        missing: level < 3 ? [level === 0 ? criterion.levels.explained : criterion.levels.justified] : [],
      };
    });
    const judgement: StepJudgement = {
      criteria,
      flags,
      improvement: verdict?.improvement?.trim() || 'Answer the question directly, with concrete choices and their reasons.',
    };
    this.options.cache?.set(key, judgement);
    return judgement;
  }

  private async requestVerdict(c: Case, step: Step, answer: string): Promise<StepVerdict> {
    const schema = verdictSchema(step);
    const format = zodResponseFormat(schema, 'step_grade');
    const nonce = randomBytes(8).toString('hex');
    const values = {
      nonce,
      case_title: c.title,
      case_prompt: c.prompt,
      step_title: STEP_TITLES[step.id],
      step_id: step.id,
      question: step.question,
      reference: step.talkingPoints.map((p) => `- ${p}`).join('\n'),
      rubric: rubricText(step),
      // The nonce tag must not be closable from inside the answer.
      answer: answer.replaceAll(`answer-${nonce}`, 'answer'),
      criteria_shape: step.criteria.map((k) => `"${k.id}": {"rationale": "...", "quotes": ["..."], "level": 0}`).join(', '),
    };
    const system = fill(this.template.system, values);
    const user = fill(this.template.user, values);
    const jsonSchema = { name: format.json_schema.name, schema: format.json_schema.schema as Record<string, unknown> };

    const first = await this.client.chat({ system, user, jsonSchema });
    const parsed = parseJsonReply(first.content, schema);
    if (parsed.ok) return parsed.value;
    // One repair request, then a clear grader error: a broken grader never scores as a weak answer.
    const repair = await this.client.chat({
      system,
      user,
      jsonSchema,
      extra: [
        { role: 'assistant', content: first.content.slice(0, 8000) },
        { role: 'user', content: `That reply is not valid: ${parsed.error}. Reply again with only the corrected JSON object, with every criterion id present.` },
      ],
    });
    const repaired = parseJsonReply(repair.content, schema);
    if (repaired.ok) return repaired.value;
    throw new GraderError(
      `${this.client.model} at ${this.client.endpoint} did not return a valid grade for the ${step.id} step, even after one repair request (${repaired.error})`,
    );
  }
}
