/** The gateway: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME with replay, dispatches. */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { World } from './world.ts';

const GUILDS_INTENT = 1;
/** Dispatches kept per session for RESUME replays. */
const REPLAY_LIMIT = 1000;

/** Discord's guild -> shard rule: (guild_id >> 22) % shard_count. */
function onShard(guildId: string, [id, count]: [number, number]): boolean {
  return count <= 1 || Number((BigInt(guildId) >> 22n) % BigInt(count)) === id;
}

interface Dispatch {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  intents: number;
  /** [shard id, shard count] from IDENTIFY; guild events go to the shard Discord would pick. */
  shard: [number, number];
  seq: number;
  socket: WebSocket | null;
  sent: Dispatch[];
}

export interface GatewayCounters {
  identify: number;
  /** IDENTIFYs that started a session (what session_start_limit counts). */
  sessionsStarted: number;
  resume: number;
  heartbeat: number;
  connections: number;
}

export class Gateway {
  readonly counters: GatewayCounters = {
    identify: 0,
    sessionsStarted: 0,
    resume: 0,
    heartbeat: 0,
    connections: 0,
  };
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private readonly sockets = new Set<WebSocket>();
  private readonly sessionBySocket = new Map<WebSocket, Session>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly world: World,
    private readonly botToken: string,
    private readonly heartbeatIntervalMs: number,
    private readonly url: () => string,
    private readonly limits: { maxGuildsPerShard: number } = { maxGuildsPerShard: 2500 },
  ) {
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path !== '/gateway' && path !== '/gateway/') {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  /** Sends an event to every session (connected or waiting to resume) whose intents cover it. */
  dispatch(event: string, data: unknown, scope: { intent?: number; guildId?: string } = {}): void {
    for (const session of this.sessions.values()) {
      if (scope.intent && (session.intents & scope.intent) === 0) continue;
      if (scope.guildId && !onShard(scope.guildId, session.shard)) continue;
      this.sendDispatch(session, event, data);
    }
  }

  guildIntentDispatch(event: string, data: unknown, guildId: string): void {
    this.dispatch(event, data, { intent: GUILDS_INTENT, guildId });
  }

  /** Open sessions per [shard id, shard count], e.g. "0/2" -> 1. */
  sessionsByShard(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of this.sessions.values()) {
      if (s.socket === null) continue;
      const key = `${s.shard[0]}/${s.shard[1]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }

  /** Number of sessions currently attached to an open socket. */
  connectedSessions(): number {
    return [...this.sessions.values()].filter((s) => s.socket !== null).length;
  }

  /** Resolves on the next gateway state change, for tests that wait for a resume or identify. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Closes every socket without a close frame (or with `code`), keeping sessions so clients can RESUME. */
  dropConnections(code?: number): void {
    for (const socket of this.sockets) {
      if (code === undefined) socket.terminate();
      else socket.close(code, 'Dropped by test server');
    }
  }

  /** Tells every client its session is gone (op 9, d: false); they must IDENTIFY again. */
  invalidateSessions(): void {
    for (const session of this.sessions.values()) {
      session.socket?.send(JSON.stringify({ op: 9, d: false }));
    }
    this.sessions.clear();
    this.sessionBySocket.clear();
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.sessions.clear();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private onConnection(socket: WebSocket): void {
    this.sockets.add(socket);
    this.counters.connections++;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
    socket.on('message', (raw) => this.onMessage(socket, raw.toString()));
    socket.on('close', (code) => {
      this.sockets.delete(socket);
      const session = this.sessionBySocket.get(socket);
      this.sessionBySocket.delete(socket);
      if (session && session.socket === socket) {
        session.socket = null;
        // A normal close ends the session as Discord does; anything else leaves it resumable.
        if (code === 1000 || code === 1001) this.sessions.delete(session.id);
      }
      this.notify();
    });
    socket.on('error', () => undefined);
  }

  private onMessage(socket: WebSocket, text: string): void {
    let payload: { op?: number; d?: unknown };
    try {
      payload = JSON.parse(text) as { op?: number; d?: unknown };
    } catch {
      socket.close(4002, 'Error while decoding payload.');
      return;
    }
    const d = (payload.d ?? {}) as Record<string, unknown>;
    switch (payload.op) {
      case 1:
        this.counters.heartbeat++;
        socket.send(JSON.stringify({ op: 11 }));
        break;
      case 2:
        this.identify(socket, d);
        break;
      case 6:
        this.resume(socket, d);
        break;
      case 3: // presence update
      case 4: // voice state update
      case 8: // request guild members: nothing to send for the minimal member lists kept here
        break;
      default:
        socket.close(4001, 'Unknown opcode.');
    }
    this.notify();
  }

  private tokenMatches(token: unknown): boolean {
    return typeof token === 'string' && token.replace(/^Bot\s+/i, '') === this.botToken;
  }

  private identify(socket: WebSocket, d: Record<string, unknown>): void {
    this.counters.identify++;
    if (!this.tokenMatches(d.token)) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    if (this.sessionBySocket.has(socket)) {
      socket.close(4005, 'Already authenticated.');
      return;
    }
    const intents = typeof d.intents === 'number' ? d.intents : 0;
    const shard: [number, number] = Array.isArray(d.shard)
      ? [Number(d.shard[0]), Number(d.shard[1])]
      : [0, 1];
    const [shardId, shardCount] = shard;
    if (!Number.isInteger(shardId) || !Number.isInteger(shardCount) || shardId < 0 || shardId >= shardCount) {
      socket.close(4010, 'Invalid shard.');
      return;
    }
    if (this.world.guilds.size / shardCount > this.limits.maxGuildsPerShard) {
      // Discord refuses a session that would hold too many guilds: the bot must shard (more).
      socket.close(4011, 'Sharding required.');
      return;
    }
    this.counters.sessionsStarted++;
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      intents,
      shard,
      seq: 0,
      socket,
      sent: [],
    };
    const guilds = [...this.world.guilds.values()].filter((g) => onShard(g.id, shard));
    this.sessions.set(session.id, session);
    this.sessionBySocket.set(socket, session);
    this.sendDispatch(session, 'READY', {
      v: 10,
      user: this.world.botUser,
      user_settings: {},
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.url(),
      shard,
      application: { id: this.world.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      auth: {},
      _trace: ['["newsbrief-test-gateway",{"micros":0}]'],
    });
    if ((intents & GUILDS_INTENT) !== 0) {
      for (const guild of guilds)
        this.sendDispatch(session, 'GUILD_CREATE', this.world.guildCreateJson(guild));
    }
  }

  private resume(socket: WebSocket, d: Record<string, unknown>): void {
    this.counters.resume++;
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session || !this.tokenMatches(d.token)) {
      socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    const oldest = session.sent[0]?.s ?? session.seq + 1;
    if (seq + 1 < oldest) {
      // Too far behind to replay: Discord would invalidate the session.
      this.sessions.delete(session.id);
      socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    if (session.socket && session.socket !== socket) session.socket.terminate();
    session.socket = socket;
    this.sessionBySocket.set(socket, session);
    for (const dispatch of session.sent) if (dispatch.s > seq) socket.send(JSON.stringify(dispatch));
    this.sendDispatch(session, 'RESUMED', null);
  }

  private sendDispatch(session: Session, event: string, data: unknown): void {
    session.seq++;
    const dispatch: Dispatch = { op: 0, t: event, s: session.seq, d: data };
    session.sent.push(dispatch);
    if (session.sent.length > REPLAY_LIMIT) session.sent.shift();
    if (session.socket && session.socket.readyState === session.socket.OPEN)
      session.socket.send(JSON.stringify(dispatch));
  }
}
