import { afterEach } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An OpenAI-compatible Chat Completions server on 127.0.0.1 for tests: real HTTP, so the real
 * openai SDK (retries, timeouts, errors) is what gets exercised. Each request goes to a handler
 * that may answer with JSON content, an HTTP error, a delay, or a dropped connection.
 */

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  temperature?: number;
  response_format?: { type: string; json_schema?: { name: string; schema: JsonSchema; strict?: boolean } };
}

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
};

export type Reply =
  | { content: string; finishReason?: string }
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { hang: true };

export type Handler = (body: ChatRequestBody, index: number) => Reply | Promise<Reply>;

export interface FakeServer {
  url: string;
  requests: ChatRequestBody[];
  /** The largest number of requests in flight at once. */
  maxInFlight: () => number;
  /** Authorization headers seen, to check the key travels only in the header. */
  authHeaders: string[];
  close: () => Promise<void>;
  setHandler: (handler: Handler) => void;
  delayMs: number;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startFakeOpenAI(handler: Handler, options: { delayMs?: number } = {}): Promise<FakeServer> {
  let current = handler;
  const requests: ChatRequestBody[] = [];
  const authHeaders: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const sockets = new Set<import('node:net').Socket>();
  const state = { delayMs: options.delayMs ?? 0 };
  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      send(res, 404, { error: { message: `no route ${req.method} ${req.url}`, type: 'invalid_request_error' } });
      return;
    }
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      authHeaders.push(String(req.headers.authorization ?? ''));
      const body = JSON.parse(await readBody(req)) as ChatRequestBody;
      const index = requests.length;
      requests.push(body);
      if (state.delayMs > 0) await new Promise((r) => setTimeout(r, state.delayMs));
      const reply = await current(body, index);
      if ('hang' in reply) return; // never answers: the client's timeout must fire
      if ('status' in reply) {
        send(res, reply.status, reply.body ?? { error: { message: `status ${reply.status}`, type: 'error' } }, reply.headers);
        return;
      }
      send(res, 200, {
        id: `chatcmpl-${index}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: reply.content, refusal: null }, finish_reason: reply.finishReason ?? 'stop' }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      });
    } finally {
      inFlight--;
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    authHeaders,
    maxInFlight: () => maxInFlight,
    setHandler: (h) => (current = h),
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(ms: number) {
      state.delayMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The candidate's answer, read back from between the nonce tags of the grading prompt. */
export function answerOf(body: ChatRequestBody): string {
  const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
  const m = /<answer-([0-9a-f]+)>\n([\s\S]*?)\n<\/answer-\1>/.exec(user);
  return m ? m[2]! : '';
}

/** The criterion ids the request's JSON schema names, in order. */
export function criterionIds(body: ChatRequestBody): string[] {
  const schema = body.response_format?.json_schema?.schema;
  if (schema) {
    const criteria = resolve(schema.properties?.criteria, schema);
    return Object.keys(criteria?.properties ?? {});
  }
  // JSON mode: read the ids from the shape the prompt spells out.
  const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
  return [...user.matchAll(/"([a-z0-9-]+)": \{"rationale"/g)].map((m) => m[1]!);
}

function resolve(schema: JsonSchema | undefined, root: JsonSchema): JsonSchema | undefined {
  if (!schema?.$ref) return schema;
  const name = schema.$ref.split('/').pop()!;
  return root.$defs?.[name] ?? root.definitions?.[name];
}

/**
 * Fills any JSON schema with values that satisfy it: what a schema-following model returns. Hooks
 * choose the value at a property name; otherwise strings are "x", numbers their minimum.
 */
export function fillSchema(schema: JsonSchema, hooks: Record<string, (path: string[]) => unknown> = {}, root: JsonSchema = schema, path: string[] = []): unknown {
  const s = resolve(schema, root)!;
  const key = path[path.length - 1];
  if (key !== undefined && hooks[key]) return hooks[key]!(path);
  if (s.anyOf) return fillSchema(s.anyOf[0]!, hooks, root, path);
  if (s.enum) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, fillSchema(v, hooks, root, [...path, k])]));
    case 'array':
      return s.items ? [fillSchema(s.items, hooks, root, [...path, '[]'])] : [];
    case 'integer':
    case 'number':
      return s.minimum ?? 0;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return 'x';
  }
}

/** Starts fake servers for a test file and closes them after each test. */
export function useFakeServers(): (handler: Handler, options?: { delayMs?: number }) => Promise<FakeServer> {
  const started: FakeServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
  });
  return async (handler, options) => {
    const server = await startFakeOpenAI(handler, options);
    started.push(server);
    return server;
  };
}
