import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { GraderError } from '../errors.js';

/**
 * Chat Completions through the openai package, for any OpenAI-compatible endpoint. Rate limits,
 * server errors and timeouts are retried by the SDK with backoff; what still fails becomes one
 * clear GraderError. Endpoints without json_schema fall back to JSON mode, then to plain text;
 * models that reject a temperature or max_tokens are asked without them.
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

/**
 * What an endpoint accepts: how to ask for JSON, whether it takes a temperature, and how it
 * names the output limit. Settled by the first request (the others wait for it), every later
 * request sends that form, and a fallback is decided from what the failing request itself sent,
 * so seven requests in flight never read one another's half-changed state.
 */
export interface Capabilities {
  mode: Mode;
  temperature: boolean;
  tokens: 'max_tokens' | 'max_completion_tokens' | 'none';
}

export const FULL_CAPABILITIES: Capabilities = { mode: 'json_schema', temperature: true, tokens: 'max_tokens' };
const MODES: Mode[] = ['json_schema', 'json_object', 'text'];
const TOKENS: Capabilities['tokens'][] = ['max_tokens', 'max_completion_tokens', 'none'];
/** Room for a rationale and quotes for every criterion of a step. */
export const MAX_OUTPUT_TOKENS = 4096;

/** The weaker of two forms, field by field: a downgrade seen by any request stands. */
function weaker(a: Capabilities, b: Capabilities): Capabilities {
  return {
    mode: MODES[Math.max(MODES.indexOf(a.mode), MODES.indexOf(b.mode))]!,
    temperature: a.temperature && b.temperature,
    tokens: TOKENS[Math.max(TOKENS.indexOf(a.tokens), TOKENS.indexOf(b.tokens))]!,
  };
}

/** The next form to try after a 400, from what this request sent and what the server said. */
export function fallbackFor(sent: Capabilities, message: string, wantsJson: boolean): Capabilities | undefined {
  const text = message.toLowerCase();
  if (sent.temperature && text.includes('temperature')) return { ...sent, temperature: false };
  if (sent.tokens === 'max_tokens' && text.includes('max_tokens')) return { ...sent, tokens: 'max_completion_tokens' };
  if (sent.tokens === 'max_completion_tokens' && text.includes('max_completion_tokens')) return { ...sent, tokens: 'none' };
  if (wantsJson && sent.mode !== 'text' && /response_format|json_schema|json_object|schema|structured/.test(text)) {
    return { ...sent, mode: sent.mode === 'json_schema' ? 'json_object' : 'text' };
  }
  return undefined;
}

/** Where a client keeps what it learned about an endpoint between runs; never holds a key. */
export interface CapabilityStore {
  get(endpoint: string, model: string): Capabilities | undefined;
  set(endpoint: string, model: string, capabilities: Capabilities): void;
}

export const OPENAI_DEFAULT_URL = 'https://api.openai.com/v1';

export class LlmClient {
  readonly endpoint: string;
  readonly model: string;
  private readonly client: OpenAI;
  private readonly settings: LlmSettings;
  private readonly store: CapabilityStore | undefined;
  private capabilities: Capabilities;
  private remembered: boolean;
  private settling: Promise<void> | undefined;
  private settled = false;

  constructor(settings: LlmSettings, options: { capabilities?: CapabilityStore } = {}) {
    this.settings = settings;
    this.model = settings.model;
    this.endpoint = (settings.baseURL ?? OPENAI_DEFAULT_URL).replace(/\/+$/, '');
    this.store = options.capabilities;
    const known = this.store?.get(this.endpoint, this.model);
    this.capabilities = known ?? { ...FULL_CAPABILITIES };
    this.remembered = Boolean(known);
    // A form remembered from an earlier run needs no settling: every request goes at once.
    this.settled = this.remembered;
    this.client = new OpenAI({
      // Local servers (Ollama, vLLM, LM Studio) need some key string and ignore it.
      apiKey: settings.apiKey || 'no-key-needed',
      baseURL: this.endpoint,
      timeout: settings.timeoutMs,
      maxRetries: settings.maxRetries,
      logLevel: 'off',
    });
  }

  /** The form requests are sent in now. */
  get form(): Capabilities {
    return { ...this.capabilities };
  }

  async chat(request: ChatRequest): Promise<ChatReply> {
    if (!this.settled) {
      if (this.settling) {
        await this.settling;
      } else {
        // The first request settles what the endpoint accepts; the rest wait for it.
        let done!: () => void;
        this.settling = new Promise<void>((resolve) => (done = resolve));
        try {
          return await this.send(request);
        } finally {
          this.settled = true;
          done();
        }
      }
    }
    return this.send(request);
  }

  private async send(request: ChatRequest): Promise<ChatReply> {
    let form = { ...this.capabilities };
    let reprobed = false;
    for (let attempt = 0; attempt < 8; attempt++) {
      const mode: Mode = request.jsonSchema ? form.mode : 'text';
      const params: ChatCompletionCreateParamsNonStreaming = {
        model: this.model,
        messages: [
          { role: 'system', content: request.system },
          { role: 'user', content: request.user },
          ...(request.extra ?? []),
        ],
      };
      if (form.temperature) params.temperature = 0;
      if (form.tokens === 'max_tokens') params.max_tokens = MAX_OUTPUT_TOKENS;
      else if (form.tokens === 'max_completion_tokens') params.max_completion_tokens = MAX_OUTPUT_TOKENS;
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
        this.learn(form);
        return { content, mode };
      } catch (error) {
        if (error instanceof OpenAI.BadRequestError) {
          const next = fallbackFor(form, describe(error), Boolean(request.jsonSchema));
          if (next) {
            form = next;
            this.capabilities = weaker(this.capabilities, next);
            continue;
          }
          // A form remembered from an earlier run that no longer works: the server changed, so ask afresh once.
          if (this.remembered && !reprobed) {
            reprobed = true;
            this.remembered = false;
            form = { ...FULL_CAPABILITIES };
            this.capabilities = { ...FULL_CAPABILITIES };
            continue;
          }
        }
        throw this.explain(error);
      }
    }
    throw new GraderError(`${this.endpoint} rejected every form of the request; check the model name and the server`);
  }

  /** Keeps the form that worked, for this run and the next. */
  private learn(form: Capabilities): void {
    const changed = JSON.stringify(form) !== JSON.stringify(this.store?.get(this.endpoint, this.model));
    if (this.store && changed) this.store.set(this.endpoint, this.model, form);
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
