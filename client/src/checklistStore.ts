// Holds the checklists the server pushes (`item1c/checklist`) and tracks which draft the user is
// looking at. The view and the status bar render from here; nothing here analyses text.
import * as vscode from 'vscode';
import type { Checklist } from '../../server/src/lsp/protocol';

/** Documents the server checks: the client's document selector. */
export function isDraftDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}

/** Editors that are not documents at all (Output, debug console) leave the current draft in place. */
function isDocumentEditor(editor: vscode.TextEditor): boolean {
  return editor.document.uri.scheme === 'file' || editor.document.uri.scheme === 'untitled';
}

export type ChecklistState = 'none' | 'pending' | 'noSection' | 'ready';

export class ChecklistStore implements vscode.Disposable {
  private readonly checklists = new Map<string, Checklist>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private currentDocument: vscode.TextDocument | undefined;

  /** Fires when the current draft or its checklist changes. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly fetch: (uri: string) => Promise<Checklist | null>) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const uri = document.uri.toString();
        this.checklists.delete(uri);
        if (this.currentDocument?.uri.toString() === uri) {
          this.currentDocument = undefined;
          this.changed.fire();
        }
      }),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  /** The draft the checklist is about: the active Markdown editor, or the last one when focus is elsewhere. */
  get document(): vscode.TextDocument | undefined {
    return this.currentDocument;
  }

  get checklist(): Checklist | undefined {
    return this.currentDocument ? this.checklists.get(this.currentDocument.uri.toString()) : undefined;
  }

  get state(): ChecklistState {
    if (!this.currentDocument) return 'none';
    const checklist = this.checklist;
    if (!checklist) return 'pending';
    return checklist.section.found ? 'ready' : 'noSection';
  }

  /** A checklist pushed by the server. Older versions than the one held are ignored. */
  update(checklist: Checklist): void {
    const held = this.checklists.get(checklist.uri);
    if (held && held.version > checklist.version) return;
    this.checklists.set(checklist.uri, checklist);
    if (this.currentDocument?.uri.toString() === checklist.uri) this.changed.fire();
  }

  /** Asks the server again, e.g. after a restart or when switching to a draft not yet seen. */
  async refresh(): Promise<void> {
    const document = this.currentDocument;
    if (!document) return;
    try {
      const checklist = await this.fetch(document.uri.toString());
      if (checklist) this.update(checklist);
    } catch {
      // The server is starting or restarting; its next publish brings the checklist.
    }
  }

  clear(): void {
    this.checklists.clear();
    this.changed.fire();
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isDocumentEditor(editor)) return;
    const next = isDraftDocument(editor.document) ? editor.document : undefined;
    if (next === this.currentDocument) return;
    this.currentDocument = next;
    this.changed.fire();
    if (next && !this.checklists.has(next.uri.toString())) void this.refresh();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
