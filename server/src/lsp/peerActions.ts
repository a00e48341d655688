// "Show examples from filed sections" as code actions. A client that runs the command gets one action and
// shows the model sentences itself (VS Code: a quick pick); other clients get one action per sentence,
// which inserts it as a bracketed reference note. Translation only: offers and texts come from the core.
import type { CodeAction, TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { peerExamplesAt, type Report } from '../core';
import { SHOW_PEER_EXAMPLES_COMMAND, type ShowPeerExamplesArgs } from './protocol';
import type { EditSupport } from './codeActions';

const QUICK_FIX = 'quickfix';

export function peerExampleActions(doc: TextDocument, report: Report, range: { start: number; end: number }, support: EditSupport): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const offer of peerExamplesAt(doc.getText(), report, range)) {
    const position = doc.positionAt(offer.offset);
    if (support.peerExamples) {
      const args: ShowPeerExamplesArgs = { uri: doc.uri, version: doc.version, position, element: offer.element, elementTitle: offer.elementTitle, examples: offer.examples };
      const title = `Show examples from filed sections: ${offer.elementTitle}`;
      actions.push({ title, kind: QUICK_FIX, command: { title, command: SHOW_PEER_EXAMPLES_COMMAND, arguments: [args] } });
      continue;
    }
    for (const example of offer.examples) {
      const edits: TextEdit[] = [{ range: { start: position, end: position }, newText: example.insertText }];
      const edit = support.documentChanges ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] } : { changes: { [doc.uri]: edits } };
      actions.push({ title: `Show example from filed sections (${example.source}, ${example.practice}): insert as a reference note`, kind: QUICK_FIX, edit });
    }
  }
  return actions;
}
