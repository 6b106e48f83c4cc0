// The framework's steps and required topics, without zod: imported on hot paths (grading, rendering).

/** The seven framework steps, in interview order. Their ids are a public contract. */
export const STEP_IDS = ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_TITLES: Record<StepId, string> = {
  requirements: 'Clarify requirements',
  framing: 'Frame as an ML task',
  data: 'Data and features',
  model: 'Model development',
  evaluation: 'Evaluation',
  serving: 'Deployment and serving',
  monitoring: 'Monitoring and maintenance',
};

/** Dimensions every case must cover somewhere in its rubric. */
export const REQUIRED_DIMENSIONS = ['baseline', 'cold-start', 'metrics', 'trade-offs'] as const;

/** Topics every case's interviewer facts must cover. */
export const REQUIRED_FACT_TOPICS = ['scale', 'latency', 'data', 'business-goal', 'constraints'] as const;
