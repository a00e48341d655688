// The LSP lifecycle rules that vscode-languageserver leaves to the server: nothing but `initialize`
// is served before it, `initialize` is served once, nothing is served after `shutdown`, and a request
// the client cancelled while it was still being worked on answers RequestCancelled. Every handler the
// server registers goes through `request` or `notification` here, so the rules hold in one place.
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

type State = 'starting' | 'running' | 'shutDown';

export class Lifecycle {
  private state: State = 'starting';

  get shutdownReceived(): boolean {
    return this.state === 'shutDown';
  }

  /** Called from the `initialize` handler: an error for a second `initialize`, else null. */
  initialize(): ResponseError<void> | null {
    if (this.state === 'shutDown') return new ResponseError(ErrorCodes.InvalidRequest, 'the server has been shut down');
    if (this.state === 'running') return new ResponseError(ErrorCodes.InvalidRequest, 'the server is already initialized');
    this.state = 'running';
    return null;
  }

  /** Called from the `shutdown` handler. */
  shutdown(): void {
    this.refuse();
    this.state = 'shutDown';
  }

  /** Throws the error a request gets when the server is not serving (before initialize, after shutdown). */
  refuse(): void {
    if (this.state === 'starting') throw new ResponseError(ErrorCodes.ServerNotInitialized, 'the server is not initialized yet');
    if (this.state === 'shutDown') throw new ResponseError(ErrorCodes.InvalidRequest, 'the server has been shut down');
  }

  /** A request handler that obeys the lifecycle and answers RequestCancelled for work the client cancelled. */
  request<P, R>(handler: (params: P, token: CancellationToken) => R | PromiseLike<R>): (params: P, token: CancellationToken) => Promise<R> {
    return async (params, token) => {
      this.refuse();
      cancelled(token);
      const result = await handler(params, token);
      cancelled(token);
      return result;
    };
  }

  /** A notification handler that runs only while the server is serving (notifications are dropped otherwise). */
  notification<P>(handler: (params: P) => void): (params: P) => void {
    return (params) => {
      if (this.state === 'running') handler(params);
    };
  }
}

/** Throws RequestCancelled once the client has cancelled the request. */
export function cancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'the request was cancelled');
}
