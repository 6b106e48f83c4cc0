import { z } from 'zod';
import { CONTROL_CHARACTERS } from '../text/inert.js';

export { REQUIRED_DIMENSIONS, REQUIRED_FACT_TOPICS, STEP_IDS, STEP_TITLES, type StepId } from './steps.js';
import { STEP_IDS, REQUIRED_DIMENSIONS, REQUIRED_FACT_TOPICS } from './steps.js';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase id of letters, digits and single hyphens, such as "cold-start-plan"');

const text = z
  .string()
  .trim()
  .min(1, 'a non-empty text')
  .refine((s) => !CONTROL_CHARACTERS.test(s), 'control characters (such as terminal escape sequences) are not allowed; remove them');

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * A concept is what the offline grader looks for. Phrases match case-insensitively, after
 * stemming, ignoring small words, with their words in order inside one sentence. A group such as
 * "(new|first-time) (user|viewer)" matches any one of its choices.
 */
export const ConceptSchema = z
  .object({
    id: slug,
    name: text.describe('What the concept is, as a reviewer would name it.'),
    aliases: z.array(text).min(1).describe('Technical names and spellings: "cold start", "two-tower model".'),
    paraphrases: z
      .array(text)
      .default([])
      .describe('Plain-language ways a candidate says the same thing: "people who just signed up".'),
  })
  .strict();

export const LevelsSchema = z
  .object({
    absent: text.describe('Level 0: what an answer that misses this looks like.'),
    named: text.describe('Level 1: mentioned without explanation.'),
    explained: text.describe('Level 2: explained how it works here.'),
    justified: text.describe('Level 3: explained and justified, with its trade-offs.'),
  })
  .strict();

export const CriterionSchema = z
  .object({
    id: slug,
    dimension: slug.describe('A rubric dimension such as baseline, cold-start, metrics or trade-offs.'),
    weight: z.number().positive().max(5).default(1),
    description: text,
    levels: LevelsSchema,
    concepts: z.array(ConceptSchema).min(1),
    probe: text.describe('The follow-up an interviewer asks when this criterion is the weakest gap.'),
  })
  .strict();

export const RedFlagSchema = z
  .object({
    id: slug,
    description: text,
    signals: z
      .array(text)
      .default([])
      .describe('Phrases that suggest the mistake; a signal that is negated or criticised does not count.'),
  })
  .strict();

export const StepSchema = z
  .object({
    id: z.enum(STEP_IDS),
    question: text.describe('The question the interviewer asks for this step.'),
    criteria: z.array(CriterionSchema).min(3),
    talkingPoints: z
      .array(text)
      .min(2)
      .refine((points) => wordCount(points.join(' ')) >= 80, {
        message: 'talking points of at least 80 words in all',
      })
      .describe('What a strong answer says, in full sentences.'),
    probes: z.array(text).min(2).describe('Follow-up questions an interviewer may ask.'),
    redFlags: z.array(RedFlagSchema).min(1),
  })
  .strict();

export const FactSchema = z
  .object({
    id: slug,
    topic: slug.describe('scale, latency, data, business-goal, constraints, or another topic.'),
    question: text.describe('The clarifying question that should draw this fact out.'),
    answer: text.describe('What the interviewer says in reply.'),
    keywords: z.array(text).default([]).describe('Words in a question that point at this fact.'),
  })
  .strict();

export const TagsSchema = z
  .object({
    domain: text,
    task: text.describe('The ML task type, such as ranking or binary classification.'),
    difficulty: z.enum(['easy', 'medium', 'hard']),
  })
  .strict();

export const CaseSchema = z
  .object({
    id: slug,
    title: text,
    prompt: text.describe('The opening prompt, as an interviewer would say it.'),
    tags: TagsSchema,
    facts: z.array(FactSchema).min(6),
    steps: z.array(StepSchema).length(STEP_IDS.length),
  })
  .strict()
  .superRefine((c, ctx) => {
    c.steps.forEach((step, i) => {
      const expected = STEP_IDS[i];
      if (step.id !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'id'],
          message: `step ${i + 1} must be "${expected}" (steps run ${STEP_IDS.join(', ')}), got "${step.id}"`,
        });
      }
    });
    const seenCriteria = new Map<string, string>();
    c.steps.forEach((step, i) => {
      step.criteria.forEach((criterion, j) => {
        const earlier = seenCriteria.get(criterion.id);
        if (earlier) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'criteria', j, 'id'],
            message: `duplicate criterion id "${criterion.id}" (also in step ${earlier})`,
          });
        } else {
          seenCriteria.set(criterion.id, step.id);
        }
        const concepts = new Set<string>();
        criterion.concepts.forEach((concept, k) => {
          if (concepts.has(concept.id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['steps', i, 'criteria', j, 'concepts', k, 'id'],
              message: `duplicate concept id "${concept.id}" in criterion "${criterion.id}"`,
            });
          }
          concepts.add(concept.id);
        });
      });
    });
    const facts = new Set<string>();
    c.facts.forEach((fact, i) => {
      if (facts.has(fact.id)) {
        ctx.addIssue({ code: 'custom', path: ['facts', i, 'id'], message: `duplicate fact id "${fact.id}"` });
      }
      facts.add(fact.id);
    });
    const topics = new Set(c.facts.map((f) => f.topic));
    const missingTopics = REQUIRED_FACT_TOPICS.filter((t) => !topics.has(t));
    if (missingTopics.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['facts'],
        message: `facts must cover the topics ${REQUIRED_FACT_TOPICS.join(', ')}; missing ${missingTopics.join(', ')}`,
      });
    }
    const dimensions = new Set(c.steps.flatMap((s) => s.criteria.map((k) => k.dimension)));
    const missingDimensions = REQUIRED_DIMENSIONS.filter((d) => !dimensions.has(d));
    if (missingDimensions.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        message: `criteria must cover the dimensions ${REQUIRED_DIMENSIONS.join(', ')}; missing ${missingDimensions.join(', ')}`,
      });
    }
  });

export type Case = z.output<typeof CaseSchema>;
export type Step = Case['steps'][number];
export type Criterion = Step['criteria'][number];
export type Concept = Criterion['concepts'][number];
export type RedFlag = Step['redFlags'][number];
export type Fact = Case['facts'][number];
