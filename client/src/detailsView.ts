// The "Element details" view under the checklist. It follows the row selected in the checklist and
// shows that element in full: verdict, the finding, the evidence quoted with its lines, advice, peer
// figures, the rule text and its citation. It re-renders when a new checklist arrives, so what it shows
// is always the server's latest verdict; the quotes are read from the open draft by their ranges.
import * as vscode from 'vscode';
import type { ChecklistElement } from '../../server/src/lsp/protocol';
import type { ChecklistStore } from './checklistStore';
import { lookOf } from './checklistView';
import { renderDetails, renderEmptyDetails, type Quote } from './detailsHtml';

export const DETAILS_VIEW_ID = 'item1c.details';

export class ElementDetailsView implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private selected: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: ChecklistStore) {
    this.disposables.push(store.onDidChange(() => this.render()));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    // Static HTML: no script, no local resources.
    view.webview.options = { enableScripts: false, localResourceRoots: [] };
    view.onDidDispose(() => (this.view = undefined));
    view.onDidChangeVisibility(() => this.render());
    this.render();
  }

  /** Follows the checklist's selection: an element id, or undefined for a part row or none. */
  select(id: string | undefined): void {
    this.selected = id;
    this.render();
  }

  private render(): void {
    if (!this.view?.visible) return;
    const element = this.store.checklist?.elements.find((e) => e.id === this.selected);
    if (!element) {
      this.view.webview.html = renderEmptyDetails();
      this.view.description = undefined;
      return;
    }
    const look = lookOf(element);
    this.view.description = element.title;
    this.view.webview.html = renderDetails({ element, verdict: look.label, evidence: this.quotes(element) });
  }

  private quotes(element: ChecklistElement): Quote[] {
    const document = this.store.document;
    const checklist = this.store.checklist;
    // Ranges of another version would quote the wrong words; the next checklist brings them back.
    if (!document || document.uri.toString() !== checklist?.uri || document.version !== checklist.version) return [];
    return element.evidence.map((r) => ({
      line: r.start.line + 1,
      text: document.getText(new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character)),
    }));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
