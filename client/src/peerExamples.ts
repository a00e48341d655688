// "Show examples from filed sections": a quick pick of model sentences the server sent with the code
// action. The chosen one is inserted as a bracketed reference note that carries "[Company to confirm]":
// its facts are another company's, so it stays a blocker until rewritten and the note deleted.
import * as vscode from 'vscode';
import { SHOW_PEER_EXAMPLES_COMMAND, type ShowPeerExamplesArgs } from '../../server/src/lsp/protocol';

export function registerPeerExamples(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(SHOW_PEER_EXAMPLES_COMMAND, showPeerExamples));
}

async function showPeerExamples(args: ShowPeerExamplesArgs): Promise<void> {
  if (!args || !Array.isArray(args.examples) || args.examples.length === 0) return;
  const items = args.examples.map((e) => ({ label: `$(quote) ${e.source}`, description: e.practice, detail: e.sentence, example: e }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `Examples from filed sections: ${args.elementTitle}`,
    placeHolder: 'Pick one to insert as a reference note (its facts are that company\u2019s), or Escape to only read them',
    matchOnDetail: true,
  });
  if (!picked) return;
  const uri = vscode.Uri.parse(args.uri);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
  if (!doc || doc.version !== args.version) {
    void vscode.window.showWarningMessage('item1c: the draft changed since the examples were offered; ask for them again.');
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(args.position.line, args.position.character), picked.example.insertText);
  await vscode.workspace.applyEdit(edit);
}
