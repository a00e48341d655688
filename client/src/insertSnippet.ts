// Runs the snippet insertions that the server's quick fixes ask for. The server cannot send
// snippets through LSP's WorkspaceEdit (plain text only in 3.17), so it sends a command instead
// and the client inserts with SnippetString, which gives the lawyer real tab stops.
import * as vscode from 'vscode';
import { renumberTabStops } from './tabStops';

export interface SnippetInsertion {
  line: number;
  character: number;
  snippet: string;
}

export async function insertSnippet(uriString: unknown, version: unknown, insertions: unknown): Promise<void> {
  if (typeof uriString !== 'string' || typeof version !== 'number' || !isInsertionList(insertions)) {
    // Arguments come from the server over the wire; a mismatch means a client/server version skew.
    void vscode.window.showErrorMessage('item1c: the insertion request from the language server was malformed.');
    return;
  }
  if (insertions.length === 0) return;

  const uri = vscode.Uri.parse(uriString);
  const document =
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriString) ??
    (await vscode.workspace.openTextDocument(uri));
  if (document.version !== version) {
    // Positions were computed against an older text; inserting now could land mid-sentence.
    void vscode.window.showWarningMessage('item1c: the document changed since this fix was computed. Try the fix again.');
    return;
  }

  // Snippet tab stops only work in the active editor, so bring it to the front first.
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });

  if (insertions.length === 1) {
    const [only] = insertions;
    await editor.insertSnippet(new vscode.SnippetString(only.snippet), new vscode.Position(only.line, only.character));
    return;
  }

  // Several sections at once: one WorkspaceEdit is one undo step and one snippet session.
  // Positions refer to the unedited text; document order makes Tab walk the sections top-down.
  const ordered = [...insertions].sort((a, b) => a.line - b.line || a.character - b.character);
  const snippets = renumberTabStops(ordered.map((i) => i.snippet));
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    document.uri,
    ordered.map((i, k) => vscode.SnippetTextEdit.insert(new vscode.Position(i.line, i.character), new vscode.SnippetString(snippets[k]))),
  );
  const applied = await vscode.workspace.applyEdit(edit);
  if (!applied) void vscode.window.showWarningMessage('item1c: the sections could not be inserted.');
}

function isInsertionList(value: unknown): value is SnippetInsertion[] {
  return (
    Array.isArray(value) &&
    value.every(
      (v: unknown) =>
        typeof v === 'object' &&
        v !== null &&
        Number.isInteger((v as SnippetInsertion).line) &&
        Number.isInteger((v as SnippetInsertion).character) &&
        typeof (v as SnippetInsertion).snippet === 'string',
    )
  );
}
