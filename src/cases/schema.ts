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

// "(p send|p(send)|p request)" is read as the words "(p", "send", "p", a group "(send)" and "|p request)":
// a phrase with a group inside a group, or a parenthesis left open, can never match what it says.
const FLAT_GROUP = /\([^()]*\)\??/g;
const phrase = text.refine((s) => !/[()]/.test(s.replace(FLAT_GROUP, '')), {
  message: 'a phrase whose groups are closed and not nested, such as "(new|first-time) (user|viewer)"; a group inside a group matches nothing',
});

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
    aliases: z.array(phrase).min(1).describe('Technical names and spellings: "cold start", "two-tower model".'),
    paraphrases: z
      .array(phrase)
      .default([])
      .describe('Plain-language ways a candidate says the same thing: "people who just signed up".'),
    shorthand: z
      .array(phrase)
      .default([])
      .describe(
        'How a senior writes it in a terse note: compressed phrases, notation and jargon ("next-day holdout", "p>t_dec → decline", "IVF-PQ"). Matched like the others, but left out of what the case is about (its topic statistics), since shorthand is shared across problems.',
      ),
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
      .array(phrase)
      .default([])
      .describe('Phrases that suggest the mistake; a signal that is negated or criticised does not count.'),
    unless: z
      .array(phrase)
      .default([])
      .describe('Phrases that, in the same sentence, show the signal is the sound practice instead ("inverse propensity" beside "clicks as labels").'),
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

/**
 * What an answer to a twist or a deep-dive question should say: graded like a criterion, by its
 * concepts. "change" is what must move in the design; "keep" is what can stay, and saying so is
 * part of a good answer.
 */
export const FollowCriterionSchema = z
  .object({
    id: slug,
    description: text,
    kind: z.enum(['change', 'keep']).default('change'),
    concepts: z.array(ConceptSchema).min(1),
  })
  .strict();

export const TwistSchema = z
  .object({
    id: slug,
    step: z.enum(STEP_IDS).describe('The interviewer brings the twist in after the candidate answers this step.'),
    change: text.describe('What the interviewer says: the requirement that has changed, with its numbers.'),
    criteria: z.array(FollowCriterionSchema).min(2).describe('What a good answer changes, and what it rightly keeps.'),
  })
  .strict();

export const DeepDiveSchema = z
  .object({
    id: slug,
    step: z.enum(STEP_IDS).describe('The step the deep dive digs into.'),
    topic: text.describe('The area, as the interviewer names it: "candidate retrieval at a billion items".'),
    questions: z.array(text).min(2).max(3).describe('Asked in order, each going one level deeper than the last.'),
    criteria: z.array(FollowCriterionSchema).min(2),
  })
  .strict();

/**
 * A figure a candidate may estimate, and its value from the case's facts. `given` figures are
 * facts the candidate may restate or replace with an assumption of their own; derived ones are
 * checked against `value` unless the candidate assumed a different value for one they depend on.
 */
export const EstimateSchema = z
  .object({
    id: slug,
    name: text.describe('What the figure is: "peak ranking requests per second".'),
    aliases: z.array(text).min(1).describe('How candidates write it: "QPS", "requests per second", "req/s".'),
    value: z.number().positive(),
    given: z.boolean().default(false).describe('A fact of the case rather than a figure to derive.'),
    dependsOn: z.array(slug).default([]).describe('Ids of the figures this one is derived from.'),
    derivation: text.describe('How the value follows from the facts: "20B impressions a day / 86,400 s x 3 at peak".'),
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
    twists: z.array(TwistSchema).default([]).describe('Changed requirements the interviewer brings in during a mock.'),
    deepDives: z.array(DeepDiveSchema).default([]).describe('Areas the interviewer may dig into near the end of a mock.'),
    estimates: z.array(EstimateSchema).default([]).describe('Figures whose estimates are checked against the facts.'),
    traps: z
      .array(ConceptSchema)
      .default([])
      .describe(
        'What the case turns on: the points a strong candidate takes up and a sound but textbook design leaves out. A whole interview that takes up few of them is held below what its steps add up to (src/grading/checks/traps.ts).',
      ),
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
      const redFlags = new Set<string>();
      step.redFlags.forEach((flag, j) => {
        if (redFlags.has(flag.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'redFlags', j, 'id'], message: `duplicate red flag id "${flag.id}" in step "${step.id}"` });
        redFlags.add(flag.id);
      });
    });
    const facts = new Set<string>();
    c.facts.forEach((fact, i) => {
      if (facts.has(fact.id)) {
        ctx.addIssue({ code: 'custom', path: ['facts', i, 'id'], message: `duplicate fact id "${fact.id}"` });
      }
      facts.add(fact.id);
    });
    const traps = new Set<string>();
    c.traps.forEach((trap, i) => {
      if (traps.has(trap.id)) ctx.addIssue({ code: 'custom', path: ['traps', i, 'id'], message: `duplicate trap id "${trap.id}"` });
      traps.add(trap.id);
    });
    const ids = new Set<string>();
    (['twists', 'deepDives', 'estimates'] as const).forEach((list) => {
      c[list].forEach((entry, i) => {
        if (ids.has(entry.id)) ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `duplicate id "${entry.id}" among twists, deep dives and estimates` });
        ids.add(entry.id);
      });
    });
    const estimateIds = new Set(c.estimates.map((e) => e.id));
    c.estimates.forEach((e, i) => {
      e.dependsOn.forEach((dep, j) => {
        if (!estimateIds.has(dep)) ctx.addIssue({ code: 'custom', path: ['estimates', i, 'dependsOn', j], message: `"${dep}" is not the id of another estimate in this case` });
      });
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
export type Twist = Case['twists'][number];
export type DeepDive = Case['deepDives'][number];
export type FollowCriterion = Twist['criteria'][number];
export type Estimate = Case['estimates'][number];
