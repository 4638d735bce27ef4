import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A fake OpenAI-compatible endpoint on 127.0.0.1 (POST /v1/chat/completions) that answers with
 * canned replies: a good summary, one that invents a quote, broken JSON, a slow answer, a 429, a 5xx,
 * a refusal of structured output. Never touches the network beyond this machine.
 */
export interface FakeLlmRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: unknown;
  max_tokens?: number;
  authorization: string | undefined;
}

export type FakeLlmAnswer =
  /** 200 with this message content (and a usage count). */
  | { content: string; totalTokens?: number; delayMs?: number }
  /** An error status with a body. */
  | { status: number; body?: string; delayMs?: number };

export interface FakeLlmServer {
  /** The base URL to set as LLM_BASE_URL ("http://127.0.0.1:PORT/v1"). */
  baseUrl: string;
  requests: FakeLlmRequest[];
  /** Replaces how the next requests are answered. */
  answer(next: (request: FakeLlmRequest) => FakeLlmAnswer): void;
  close(): Promise<void>;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The message content a well-behaved model returns for these bullets and quote numbers. */
export const modelJson = (bullets: string[], quotes: number[]) => JSON.stringify({ bullets, quotes });

export async function startFakeLlmServer(
  initial: (request: FakeLlmRequest) => FakeLlmAnswer = () => ({ content: modelJson(['One.', 'Two.'], []) }),
): Promise<FakeLlmServer> {
  let respond = initial;
  const requests: FakeLlmRequest[] = [];
  const sockets = new Set<Socket>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<FakeLlmRequest, 'authorization'>;
    const request = { ...body, authorization: req.headers.authorization };
    requests.push(request);
    const answer = respond(request);
    if (answer.delayMs) await wait(answer.delayMs);
    if ('status' in answer) {
      res
        .writeHead(answer.status, { 'content-type': 'application/json' })
        .end(answer.body ?? JSON.stringify({ error: { message: `status ${answer.status}` } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: `chatcmpl-${requests.length}`,
        object: 'chat.completion',
        model: body.model,
        choices: [
          { index: 0, message: { role: 'assistant', content: answer.content }, finish_reason: 'stop' },
        ],
        usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: answer.totalTokens ?? 500 },
      }),
    );
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    answer: (next) => void (respond = next),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
