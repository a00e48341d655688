// The core's outline as `textDocument/documentSymbol`: a tree for clients that declare hierarchical
// symbols (VS Code's Outline and breadcrumbs), flat symbols with their container's name otherwise.
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OutlineNode } from '../core';
import { rangeOf } from './diagnostics';

const KIND: Record<OutlineNode['kind'], SymbolKind> = {
  section: SymbolKind.Module,
  subsection: SymbolKind.Namespace,
  element: SymbolKind.Property,
};

export function documentSymbols(doc: TextDocument, nodes: readonly OutlineNode[]): DocumentSymbol[] {
  return nodes.map((node) => {
    const range = rangeOf(doc, node.span.start, node.span.end);
    const symbol: DocumentSymbol = {
      name: node.name,
      kind: KIND[node.kind],
      range,
      selectionRange: rangeOf(doc, node.selection.start, node.selection.end),
      children: documentSymbols(doc, node.children),
    };
    if (node.detail) symbol.detail = node.detail;
    return symbol;
  });
}

export function symbolInformation(doc: TextDocument, nodes: readonly OutlineNode[], container?: string): SymbolInformation[] {
  return nodes.flatMap((node) => {
    // Without a tree the status has to be in the name: flat lists show no detail.
    const name = node.kind === 'element' ? `${node.name}: ${node.detail}` : node.name;
    const symbol: SymbolInformation = { name, kind: KIND[node.kind], location: { uri: doc.uri, range: rangeOf(doc, node.selection.start, node.selection.end) } };
    if (container) symbol.containerName = container;
    return [symbol, ...symbolInformation(doc, node.children, node.name)];
  });
}
