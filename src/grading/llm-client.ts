import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { GraderError } from '../errors.js';

/**
 * Chat Completions through the openai package, for any OpenAI-compatible endpoint. Rate limits,
 * server errors and timeouts are retried by the SDK with backoff; what still fails becomes one
 * clear GraderError. Endpoints without json_schema fall back to JSON mode, then to plain text.
 */

export interface LlmSettings {
  model: string;
  baseURL: string | undefined;
  apiKey: string | undefined;
  timeoutMs: number;
  maxRetries: number;
}

export interface ChatRequest {
  system: string;
  user: string;
  /** A response_format of type json_schema; omitted for free-text replies. */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
  /** Earlier turns, for a repair request. */
  extra?: { role: 'assistant' | 'user'; content: string }[];
}

export interface ChatReply {
  content: string;
  /** How the endpoint was asked for JSON: the strict schema, JSON mode, or only the prompt. */
  mode: 'json_schema' | 'json_object' | 'text';
}

type Mode = ChatReply['mode'];

export const OPENAI_DEFAULT_URL = 'https://api.openai.com/v1';

export class LlmClient {
  readonly endpoint: string;
  readonly model: string;
  private readonly client: OpenAI;
  private readonly settings: LlmSettings;
  private mode: Mode = 'json_schema';
  private temperature = true;

  constructor(settings: LlmSettings) {
    this.settings = settings;
    this.model = settings.model;
    this.endpoint = (settings.baseURL ?? OPENAI_DEFAULT_URL).replace(/\/+$/, '');
    this.client = new OpenAI({
      // Local servers (Ollama, vLLM, LM Studio) need some key string and ignore it.
      apiKey: settings.apiKey || 'no-key-needed',
      baseURL: this.endpoint,
      timeout: settings.timeoutMs,
      maxRetries: settings.maxRetries,
      logLevel: 'off',
    });
  }

  async chat(request: ChatRequest): Promise<ChatReply> {
    for (let attempt = 0; attempt < 4; attempt++) {
      const mode: Mode = request.jsonSchema ? this.mode : 'text';
      const params: ChatCompletionCreateParamsNonStreaming = {
        model: this.model,
        messages: [
          { role: 'system', content: request.system },
          { role: 'user', content: request.user },
          ...(request.extra ?? []),
        ],
      };
      if (this.temperature) params.temperature = 0;
      if (mode === 'json_schema' && request.jsonSchema) {
        params.response_format = { type: 'json_schema', json_schema: { ...request.jsonSchema, strict: true } };
      } else if (mode === 'json_object') {
        params.response_format = { type: 'json_object' };
      }
      try {
        const completion = await this.client.chat.completions.create(params);
        const choice = completion.choices?.[0];
        const message = choice?.message;
        if (message?.refusal) throw new GraderError(`the model refused to grade (${message.refusal.slice(0, 120)})`);
        if (choice?.finish_reason === 'length') {
          throw new GraderError(`the reply from ${this.model} was cut off by its token limit; try a model with a larger output limit`);
        }
        const content = typeof message?.content === 'string' ? message.content : '';
        if (!content.trim()) throw new GraderError(`${this.endpoint} returned an empty reply from ${this.model}`);
        return { content, mode };
      } catch (error) {
        if (error instanceof OpenAI.BadRequestError) {
          const text = describe(error).toLowerCase();
          if (this.temperature && text.includes('temperature')) {
            this.temperature = false;
            continue;
          }
          if (request.jsonSchema && this.mode !== 'text' && /response_format|json_schema|json_object|schema|structured/.test(text)) {
            this.mode = this.mode === 'json_schema' ? 'json_object' : 'text';
            continue;
          }
        }
        throw this.explain(error);
      }
    }
    throw new GraderError(`${this.endpoint} rejected every form of the request; check the model name and the server`);
  }

  /** Turns any failure into one line that says what happened, where, and what to do. */
  explain(error: unknown): GraderError {
    if (error instanceof GraderError) return error;
    const where = this.endpoint;
    const retries = this.settings.maxRetries;
    if (error instanceof OpenAI.AuthenticationError) {
      return new GraderError(`${where} rejected the API key (401); check OPENAI_API_KEY`);
    }
    if (error instanceof OpenAI.PermissionDeniedError) {
      return new GraderError(`${where} refused access (403) to model "${this.model}"; check the key's permissions`);
    }
    if (error instanceof OpenAI.NotFoundError) {
      return new GraderError(`model "${this.model}" was not found at ${where} (404); choose another with --model or MLSD_MODEL, or check OPENAI_BASE_URL`);
    }
    if (error instanceof OpenAI.RateLimitError) {
      return new GraderError(`${where} is rate-limiting requests (429), still after ${retries} retries; wait a minute or lower --concurrency`);
    }
    if (error instanceof OpenAI.InternalServerError) {
      return new GraderError(`${where} kept failing with a server error (${error.status}) after ${retries} retries; try again later`);
    }
    if (error instanceof OpenAI.APIConnectionTimeoutError) {
      return new GraderError(`${where} did not answer within ${Math.round(this.settings.timeoutMs / 1000)} s (after ${retries} retries); raise MLSD_TIMEOUT or check the server`);
    }
    if (error instanceof OpenAI.APIConnectionError) {
      const code = causeCode(error);
      return new GraderError(`cannot reach the LLM endpoint ${where}${code ? ` (${code})` : ''}; is the server running? check OPENAI_BASE_URL`);
    }
    if (error instanceof OpenAI.APIError) {
      return new GraderError(`${where} rejected the request (${error.status ?? 'error'}): ${describe(error).slice(0, 200)}`);
    }
    return new GraderError(`the LLM request to ${where} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function describe(error: InstanceType<typeof OpenAI.APIError>): string {
  const body = error.error as { message?: unknown } | undefined;
  return typeof body?.message === 'string' ? body.message : error.message;
}

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
