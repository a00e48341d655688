// The diff of one element against last year's filing, opened from the server's code lens: two read-only
// virtual documents (last year's text of the element, this year's) side by side in VS Code's diff editor.
// The texts come with the lens; nothing is read from disk here.
import * as vscode from 'vscode';
import { COMPARE_WITH_PREVIOUS_COMMAND, PREVIOUS_FILING_SCHEME, type CompareLensArgument } from '../../server/src/lsp/previousFilingProtocol';

/** Texts of the virtual documents opened so far, by URI; a few elements' text, forgotten when closed. */
const texts = new Map<string, string>();
let opened = 0;

export function registerPreviousFilingUi(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(PREVIOUS_FILING_SCHEME, { provideTextDocumentContent: (uri) => texts.get(uri.toString()) ?? '' }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (doc.uri.scheme === PREVIOUS_FILING_SCHEME) texts.delete(doc.uri.toString());
    }),
    vscode.commands.registerCommand(COMPARE_WITH_PREVIOUS_COMMAND, async (arg: CompareLensArgument) => {
      // A fresh query each time: VS Code keeps a virtual document's text while it is open.
      const n = ++opened;
      const last = vscode.Uri.from({ scheme: PREVIOUS_FILING_SCHEME, path: `/last year/${arg.element}.md`, query: String(n) });
      const current = vscode.Uri.from({ scheme: PREVIOUS_FILING_SCHEME, path: `/this draft/${arg.element}.md`, query: String(n) });
      texts.set(last.toString(), arg.last || '(not addressed last year)\n');
      texts.set(current.toString(), arg.current || '(not addressed in this draft)\n');
      const file = arg.previousFiling.split(/[\\/]/).pop() ?? arg.previousFiling;
      await vscode.commands.executeCommand('vscode.diff', last, current, `${arg.title}: ${file} ↔ this draft`, { preview: true });
    }),
  );
}
