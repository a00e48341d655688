// Wires the checklist view, the status bar and their commands to the language client. The server
// supplies every verdict, fix and report; this module only shows them and applies edits.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import {
  CHECKLIST_METHOD,
  EXPORT_CHECKLIST_METHOD,
  INSERT_FIX_METHOD,
  type Checklist,
  type ChecklistParams,
  type ExportChecklistParams,
  type ExportFormat,
  type InsertFix,
  type InsertFixParams,
  type LspRange,
} from '../../server/src/lsp/protocol';
import { ChecklistStore } from './checklistStore';
import { nextElement } from './navigation';
import { ChecklistTreeProvider, OPEN_ELEMENT_COMMAND, VIEW_ID, summaryMessage, type ElementNode } from './checklistView';
import { ChecklistStatusBar, SHOW_CHECKLIST_COMMAND } from './statusBar';
import { DETAILS_VIEW_ID, ElementDetailsView } from './detailsView';

const EXAMPLE_DRAFT = ['examples', 'missing-elements-draft.md'];

export function registerChecklistUi(context: vscode.ExtensionContext, client: LanguageClient, ready: () => Promise<void> | undefined): void {
  async function request<P, R>(method: string, params: P): Promise<R> {
    await ready();
    return client.sendRequest<R>(method, params);
  }

  const store = new ChecklistStore((uri) => request<ChecklistParams, Checklist | null>(CHECKLIST_METHOD, { uri }));

  /** Moves the caret to the next (or previous) missing element's finding, going round the section. */
  function goToMissing(direction: 1 | -1): void {
    const editor = vscode.window.activeTextEditor;
    const checklist = store.checklist;
    if (!editor || !checklist || editor.document.uri.toString() !== checklist.uri) return;
    const target = nextElement(checklist.elements, editor.selection.active, direction);
    if (!target?.anchor) {
      void vscode.window.setStatusBarMessage('item1c: no missing element', 3000);
      return;
    }
    const at = new vscode.Position(target.anchor.start.line, target.anchor.start.character);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    void vscode.window.setStatusBarMessage(`item1c: missing: ${target.title} (${target.cite})`, 5000);
  }
  const tree = new ChecklistTreeProvider(store);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: false });
  const statusBar = new ChecklistStatusBar(store);
  const details = new ElementDetailsView(store);
  const highlight = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.findMatchForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });

  const render = (): void => {
    const checklist = store.checklist;
    void vscode.commands.executeCommand('setContext', 'item1c.checklistState', store.state);
    tree.refresh();
    statusBar.render();
    if (checklist && checklist.section.found) {
      view.description = `${checklist.item} · ${vscode.workspace.asRelativePath(vscode.Uri.parse(checklist.uri), false)}`;
      view.message = summaryMessage(checklist);
      const missing = checklist.summary.missing;
      view.badge = missing > 0 ? { value: missing, tooltip: `${missing} missing ${missing === 1 ? 'element' : 'elements'}` } : undefined;
    } else {
      view.description = undefined;
      view.message = undefined;
      view.badge = undefined;
    }
  };

  client.onNotification(CHECKLIST_METHOD, (checklist: Checklist) => store.update(checklist));
  context.subscriptions.push(
    store,
    view,
    statusBar,
    details,
    vscode.window.registerWebviewViewProvider(DETAILS_VIEW_ID, details),
    view.onDidChangeSelection((e) => {
      const node = e.selection[0];
      details.select(node?.kind === 'element' ? node.element.id : undefined);
    }),
    highlight,
    store.onDidChange(render),
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) void store.refresh();
    }),
  );

  async function revealRanges(uri: string, ranges: LspRange[]): Promise<void> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
    const toRange = (r: LspRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const all = ranges.map(toRange);
    // A caret, not a selection: a lawyer who starts typing must not overwrite the evidence.
    editor.selection = new vscode.Selection(all[0].start, all[0].start);
    editor.revealRange(all[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    // Highlight the evidence briefly: until the lawyer types, moves the caret, or 4 seconds pass.
    editor.setDecorations(highlight, all);
    const listeners: vscode.Disposable[] = [];
    const clear = () => {
      clearTimeout(timer);
      editor.setDecorations(highlight, []);
      for (const l of listeners.splice(0)) l.dispose();
    };
    const timer = setTimeout(clear, 4000);
    listeners.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === document && e.contentChanges.length > 0) clear();
      }),
      // `kind` is undefined for the selection set above; any move by the user has one.
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === editor && e.kind !== undefined) clear();
      }),
    );
  }

  async function insertFix(uri: string, element: string, title: string): Promise<void> {
    let fix: InsertFix | null;
    try {
      fix = await request<InsertFixParams, InsertFix | null>(INSERT_FIX_METHOD, { uri, element: element as InsertFixParams['element'] });
    } catch (error) {
      void vscode.window.showErrorMessage(`item1c: could not get the section to insert: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (!fix) {
      void vscode.window.showInformationMessage(element === 'all' ? 'item1c: no section is missing.' : `item1c: "${title}" is not missing, so there is nothing to insert.`);
      return;
    }
    await vscode.commands.executeCommand('item1c.insertSnippet', fix.uri, fix.version, fix.insertions);
  }

  async function openElement(uri: unknown, id: unknown): Promise<void> {
    const checklist = store.checklist;
    if (typeof uri !== 'string' || typeof id !== 'string' || !checklist || checklist.uri !== uri) return;
    const element = checklist.elements.find((e) => e.id === id);
    if (!element) return;
    if (element.status === 'missing' && element.fixable && !element.waived) {
      await insertFix(uri, element.id, element.title);
    } else if (element.evidence.length > 0) {
      await revealRanges(uri, element.evidence);
    } else if (checklist.section.range) {
      await revealRanges(uri, [checklist.section.range]);
    }
  }

  function nodeElement(arg: unknown): { uri: string; id: string; title: string } | undefined {
    const node = arg as ElementNode | undefined;
    if (node?.kind === 'element') return { uri: node.uri, id: node.element.id, title: node.element.title };
    return undefined;
  }

  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_CHECKLIST_COMMAND, () => vscode.commands.executeCommand(`${VIEW_ID}.focus`)),
    vscode.commands.registerCommand('item1c.nextMissingElement', () => goToMissing(1)),
    vscode.commands.registerCommand('item1c.previousMissingElement', () => goToMissing(-1)),
    vscode.commands.registerCommand(OPEN_ELEMENT_COMMAND, openElement),
    vscode.commands.registerCommand('item1c.insertSection', async (arg: unknown) => {
      const target = nodeElement(arg);
      if (target) await insertFix(target.uri, target.id, target.title);
    }),
    vscode.commands.registerCommand('item1c.revealEvidence', async (arg: unknown) => {
      const node = arg as ElementNode | undefined;
      if (node?.kind === 'element' && node.element.evidence.length > 0) await revealRanges(node.uri, node.element.evidence);
    }),
    vscode.commands.registerCommand('item1c.insertAllMissing', async () => {
      const document = store.document;
      if (!document) {
        void vscode.window.showInformationMessage('item1c: open a Markdown draft of Item 1C first.');
        return;
      }
      await insertFix(document.uri.toString(), 'all', 'all missing sections');
    }),
    vscode.commands.registerCommand('item1c.exportChecklist', () => exportChecklist(store.document, request)),
    vscode.commands.registerCommand('item1c.openExample', async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...EXAMPLE_DRAFT));
      // Untitled, so the lawyer can edit freely without touching the installed extension's files.
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
      await vscode.window.showTextDocument(document);
    }),
  );
  render();
}

type Request = <P, R>(method: string, params: P) => Promise<R>;

const FORMATS: (vscode.QuickPickItem & { format: ExportFormat })[] = [
  { label: '$(file-code) HTML page', description: 'printable, for the disclosure committee', format: 'html' },
  { label: '$(markdown) Markdown', description: 'for a memo, a ticket or version control', format: 'md' },
];

async function exportChecklist(document: vscode.TextDocument | undefined, request: Request): Promise<void> {
  if (!document) {
    void vscode.window.showInformationMessage('item1c: open a Markdown draft of Item 1C to export its checklist.');
    return;
  }
  const picked = await vscode.window.showQuickPick(FORMATS, { title: 'Export the Item 1C checklist', placeHolder: 'Format of the checklist report' });
  if (!picked) return;
  let text: string | null;
  try {
    text = await request<ExportChecklistParams, string | null>(EXPORT_CHECKLIST_METHOD, { uri: document.uri.toString(), format: picked.format });
  } catch (error) {
    void vscode.window.showErrorMessage(`item1c: the checklist could not be produced: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (text === null) {
    void vscode.window.showErrorMessage('item1c: the checklist could not be produced; see the item1c output channel.');
    return;
  }

  const extension = picked.format === 'html' ? 'html' : 'md';
  const base = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1).replace(/\.(md|markdown)$/i, '') || 'draft';
  const name = `${base}-checklist.${extension}`;
  const folder =
    document.uri.scheme === 'file' ? vscode.Uri.joinPath(document.uri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: 'Export the Item 1C checklist',
    saveLabel: 'Export',
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: picked.format === 'html' ? { 'HTML page': ['html'] } : { Markdown: ['md'] },
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));

  const actions = picked.format === 'html' ? ['Open in Browser', 'Open'] : ['Open'];
  void vscode.window.showInformationMessage(`item1c: checklist saved to ${vscode.workspace.asRelativePath(target, false)}`, ...actions).then(async (choice) => {
    if (choice === 'Open') await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
    else if (choice === 'Open in Browser') await vscode.env.openExternal(target);
  });
}
