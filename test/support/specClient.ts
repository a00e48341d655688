// An LSP client written from the specification alone, with no LSP or JSON-RPC library: it frames
// messages with Content-Length headers itself, so conformance tests do not share a library's
// assumptions with the server under test, and it can send what a well-behaved library never would
// (requests before initialize, broken headers).
import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT, SERVER_JS } from './lspClient';

export interface RpcMessage {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

export class SpecClient {
  readonly process: ChildProcess;
  /** Every message the server sent, in order. */
  readonly received: RpcMessage[] = [];
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private waiters: (() => void)[] = [];
  private stderrText = '';
  /** Answers the server's own requests (workspace/configuration, client/registerCapability); `undefined` holds the answer back. */
  answer: (request: RpcMessage) => unknown = (request) => (request.method === 'workspace/configuration' ? (request.params as { items: unknown[] }).items.map(() => ({ debounceMs: 0 })) : null);

  constructor(args: string[] = ['--stdio']) {
    this.process = spawn(process.execPath, [SERVER_JS, ...args], { cwd: REPO_ROOT, stdio: 'pipe' });
    this.process.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
    this.process.stderr!.setEncoding('utf8');
    this.process.stderr!.on('data', (chunk: string) => (this.stderrText += chunk));
  }

  get stderr(): string {
    return this.stderrText;
  }

  /** Writes raw bytes: for broken framing. */
  writeRaw(data: string | Buffer): void {
    this.process.stdin!.write(data);
  }

  send(message: Omit<RpcMessage, 'jsonrpc'>): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Sends a request and returns its id; `response(id)` waits for the answer. */
  request(method: string, params?: unknown): number {
    const id = this.nextId++;
    this.send({ id, method, ...(params === undefined ? {} : { params }) });
    return id;
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, ...(params === undefined ? {} : { params }) });
  }

  response(id: number, timeoutMs = 5000): Promise<RpcMessage> {
    return this.waitFor((m) => m.id === id && m.method === undefined, `a response to request ${id}`, timeoutMs);
  }

  async call(method: string, params?: unknown): Promise<RpcMessage> {
    return this.response(this.request(method, params));
  }

  async initialize(capabilities: unknown = {}): Promise<RpcMessage> {
    const response = await this.call('initialize', { processId: process.pid, rootUri: null, capabilities });
    this.notify('initialized', {});
    return response;
  }

  /** Resolves once stderr matches: it arrives on its own pipe, in no set order with the protocol messages. */
  async waitForStderr(pattern: RegExp, timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!pattern.test(this.stderrText)) {
      if (Date.now() > until) throw new Error(`stderr did not match ${pattern} within ${timeoutMs} ms: ${JSON.stringify(this.stderrText.slice(-300))}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  waitFor(predicate: (m: RpcMessage) => boolean, what: string, timeoutMs = 5000, from = 0): Promise<RpcMessage> {
    return new Promise((resolve, reject) => {
      let scanned = from;
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms; received: ${this.received.map((m) => m.method ?? `response ${m.id}`).join(', ')}`)), timeoutMs);
      const check = () => {
        for (; scanned < this.received.length; scanned++) {
          if (predicate(this.received[scanned])) {
            clearTimeout(timer);
            resolve(this.received[scanned]);
            return;
          }
        }
        this.waiters.push(check);
      };
      check();
    });
  }

  /** Messages received so far for which `predicate` holds. */
  seen(predicate: (m: RpcMessage) => boolean): RpcMessage[] {
    return this.received.filter(predicate);
  }

  exited(timeoutMs = 10_000): Promise<number | null> {
    const proc = this.process;
    if (proc.exitCode !== null) return Promise.resolve(proc.exitCode);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server was still running after ${timeoutMs} ms`)), timeoutMs);
      proc.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  kill(): void {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /^Content-Length: *(\d+)$/im.exec(header);
      if (!length) throw new Error(`the server sent a header without Content-Length: ${JSON.stringify(header)}`);
      const start = headerEnd + 4;
      const end = start + Number(length[1]);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as RpcMessage;
      this.buffer = this.buffer.subarray(end);
      this.received.push(message);
      if (message.method !== undefined && message.id !== undefined) {
        const answer = this.answer(message);
        if (answer !== undefined) this.send({ id: message.id, result: answer });
      }
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    }
  }
}
