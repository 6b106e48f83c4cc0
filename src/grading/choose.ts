import type { CaseSet } from '../cases/library.js';
import type { Case } from '../cases/schema.js';
import { llmConfigured, type Config } from '../config.js';
import { UsageError } from '../errors.js';
import { cacheDir } from '../paths.js';
import { gradingModels } from './models.js';
import { OfflineGrader } from './offline.js';
import type { Grader } from './types.js';

export type GraderChoice = 'auto' | 'offline' | 'llm';

export interface ChosenGrader {
  grader: Grader;
  /** The LLM client behind an LLM grader, for interviewer replies and follow-ups. */
  client?: import('../llm/client.js').LlmClient;
  /** One line for stderr: which grader, and why. */
  notice: string;
}

/**
 * auto: the LLM when a key or base URL is configured, else the offline grader. Asking for the LLM
 * with nothing configured is an error, never a silent switch to the offline grader.
 */
export async function chooseGrader(
  choice: GraderChoice,
  config: Config,
  library: Case[] | CaseSet,
  env: NodeJS.ProcessEnv,
  options: { cache?: boolean } = {},
): Promise<ChosenGrader> {
  const useLlm = choice === 'llm' || (choice === 'auto' && llmConfigured(config));
  if (!useLlm) {
    const why = choice === 'offline' ? 'as asked' : 'no OPENAI_API_KEY or OPENAI_BASE_URL set';
    return { grader: new OfflineGrader(library), notice: `grading with the offline grader (${why})` };
  }
  if (!llmConfigured(config)) {
    throw new UsageError('no LLM is configured: set OPENAI_API_KEY, or OPENAI_BASE_URL for a local server such as Ollama, or use --grader offline');
  }
  const [{ LlmClient }, { LlmGrader }, { GradeCache }, { FileCapabilityStore }] = await Promise.all([
    import('../llm/client.js'),
    import('./llm.js'),
    import('./cache.js'),
    import('../llm/capability-cache.js'),
  ]);
  const client = new LlmClient(config, { capabilities: new FileCapabilityStore(cacheDir(env)) });
  const grader = new LlmGrader(client, { models: gradingModels(library), ...(options.cache === false ? {} : { cache: new GradeCache(cacheDir(env)) }) });
  return { grader, client, notice: `grading with ${client.model} at ${client.endpoint}` };
}
