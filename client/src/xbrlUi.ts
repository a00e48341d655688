// Two commands around the SEC cyd taxonomy:
//   - item1c.previewXbrl: a webview beside the editor listing the tagging plan the server computes
//     (`item1c/tagPlan`); a click reveals the fact's text; refreshed, debounced, as the draft changes;
//   - item1c.importEdgar: last year's filed disclosure (EDGAR XBRL viewer page) into an untitled
//     Markdown draft, with the pure converter bundled into the client (it is not analysis).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { importEdgarRendering } from '../../server/src/import';
import { TAG_PLAN_METHOD, type TagPlanResult } from '../../server/src/lsp/xbrlProtocol';
import { renderPage, renderPlanBody } from './xbrlPreviewHtml';

const REFRESH_DELAY_MS = 400;

export function registerXbrlUi(context: vscode.ExtensionContext, client: LanguageClient, starting: () => Promise<void> | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('item1c.previewXbrl', () => XbrlPreview.show(client, starting)),
    vscode.commands.registerCommand('item1c.importEdgar', importEdgar),
  );
}

class XbrlPreview implements vscode.Disposable {
  private static current: XbrlPreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private uri: vscode.Uri;
  private result: TagPlanResult | null = null;
  private timer: NodeJS.Timeout | undefined;
  private sequence = 0;
  private ready = false;
  private body = '';

  static show(client: LanguageClient, starting: () => Promise<void> | undefined): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('item1c: open a Markdown draft of Item 1C / 16K to preview its XBRL tagging.');
      return;
    }
    if (XbrlPreview.current) {
      XbrlPreview.current.follow(editor.document.uri);
      XbrlPreview.current.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel('item1c.xbrlPreview', 'XBRL tagging', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    XbrlPreview.current = new XbrlPreview(panel, client, starting, editor.document.uri);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    private readonly starting: () => Promise<void> | undefined,
    uri: vscode.Uri,
  ) {
    this.uri = uri;
    this.body = renderPlanBody(null, this.name(), 'Computing the tagging plan...');
    panel.webview.html = renderPage(nonce(), this.body);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.uri.toString()) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document.languageId === 'markdown' && editor.document.uri.toString() !== this.uri.toString()) this.follow(editor.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.uri.toString() === this.uri.toString()) this.post(renderPlanBody(null, this.name(), 'The document was closed.'));
      }),
    );
    void this.refresh();
  }

  private name(): string {
    return this.uri.path.split('/').pop() || this.uri.toString();
  }

  private follow(uri: vscode.Uri): void {
    this.uri = uri;
    this.result = null;
    void this.refresh();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const sequence = ++this.sequence;
    const uri = this.uri;
    try {
      await this.starting();
      const result = await this.client.sendRequest<TagPlanResult | null>(TAG_PLAN_METHOD, { uri: uri.toString() });
      // A newer refresh (or another document) has taken over meanwhile.
      if (sequence !== this.sequence || uri.toString() !== this.uri.toString()) return;
      this.result = result;
      this.rerender();
    } catch (error) {
      if (sequence !== this.sequence) return;
      this.post(renderPlanBody(null, this.name(), `Could not compute the tagging plan: ${error instanceof Error ? error.message : String(error)}`));
    }
  }

  private rerender(): void {
    this.panel.title = `XBRL tagging: ${this.name()}`;
    this.post(renderPlanBody(this.result, this.name()));
  }

  // The page says `ready` when its script runs (again after being hidden, since its context is not
  // retained); until then updates are kept, not posted into the void.
  private post(body: string): void {
    this.body = body;
    if (this.ready) void this.panel.webview.postMessage({ type: 'update', html: body });
  }

  private async onMessage(message: unknown): Promise<void> {
    const m = message as { type?: unknown; fact?: unknown } | null;
    if (m?.type === 'ready') {
      this.ready = true;
      void this.panel.webview.postMessage({ type: 'update', html: this.body });
      return;
    }
    if (!m || m.type !== 'reveal' || typeof m.fact !== 'number' || !this.result) return;
    const fact = this.result.facts[m.fact];
    const range = fact?.ranges[0] ?? fact?.range;
    if (!range) return;
    const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    const document = visible?.document ?? (await vscode.workspace.openTextDocument(this.uri));
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
      selection: target,
    });
    editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    XbrlPreview.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

async function importEdgar(): Promise<void> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    canSelectFolders: false,
    openLabel: 'Import',
    title: 'item1c: Import EDGAR disclosure (XBRL viewer page saved as HTML or text)',
    filters: { 'EDGAR XBRL viewer page': ['htm', 'html', 'txt'], 'All files': ['*'] },
  });
  const file = picked?.[0];
  if (!file) return;
  const name = file.path.split('/').pop() ?? file.toString();
  let text: string;
  try {
    const bytes = await vscode.workspace.fs.readFile(file);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  } catch (error) {
    void vscode.window.showErrorMessage(`item1c: could not read ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const configured = vscode.workspace.getConfiguration('item1c', file).get<string>('form');
  const result = importEdgarRendering(text, { form: configured === '10-K' || configured === '20-F' ? configured : 'auto' });
  if (!result.ok) {
    void vscode.window.showErrorMessage(`item1c: could not import ${name}: ${result.error}`);
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
  await vscode.window.showTextDocument(doc, { preview: false });
  if (result.warnings.length > 0) {
    void vscode.window.showWarningMessage(`item1c: imported ${name} as a Form ${result.form} draft; ${result.warnings.length} row(s) skipped: ${result.warnings.join('; ')}`);
  }
}
