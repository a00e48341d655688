// The documents the client has open, kept in sync from didOpen, didChange (full or incremental) and
// didClose.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams } from 'vscode-languageserver-protocol';
import type { LspConnection } from './connection';

export interface DocumentEvents {
  opened(doc: TextDocument): void;
  changed(doc: TextDocument): void;
  closed(uri: string): void;
}

export class OpenDocuments {
  private readonly open = new Map<string, TextDocument>();

  constructor(connection: LspConnection, events: DocumentEvents) {
    connection.onNotification('textDocument/didOpen', (params: DidOpenTextDocumentParams) => {
      const { uri, languageId, version, text } = params.textDocument;
      const doc = TextDocument.create(uri, languageId, version, text);
      this.open.set(uri, doc);
      events.opened(doc);
    });
    connection.onNotification('textDocument/didChange', (params: DidChangeTextDocumentParams) => {
      const doc = this.open.get(params.textDocument.uri);
      // A change to a document that was never opened has no text to apply it to.
      if (!doc || params.contentChanges.length === 0) return;
      TextDocument.update(doc, params.contentChanges, params.textDocument.version);
      events.changed(doc);
    });
    connection.onNotification('textDocument/didClose', (params: DidCloseTextDocumentParams) => {
      const uri = params.textDocument.uri;
      if (!this.open.delete(uri)) return;
      events.closed(uri);
    });
  }

  get(uri: string): TextDocument | undefined {
    return this.open.get(uri);
  }

  all(): TextDocument[] {
    return [...this.open.values()];
  }
}
