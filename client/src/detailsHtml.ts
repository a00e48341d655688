// HTML of the "Element details" view under the checklist: everything the checklist row has to cut
// short, in full. No vscode import, so it is unit-tested directly. No script at all; a strict CSP;
// all text is HTML-escaped (drafts are untrusted content).
import type { ChecklistElement } from '../../server/src/lsp/protocol';
import { sinceLastYearLabel } from '../../server/src/lsp/previousFilingProtocol';
import { escapeHtml } from './xbrlPreviewHtml';

/** A sentence the verdict relies on, as the draft has it now; `line` is 1-based. */
export interface Quote {
  line: number;
  text: string;
}

export interface ElementDetails {
  element: ChecklistElement;
  /** e.g. `Present`, `Drafted, to confirm`, `Waived`. */
  verdict: string;
  evidence: Quote[];
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'";

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 12px 12px; line-height: 1.4; }
h1 { font-size: 1.1em; margin: 10px 0 2px; }
h2 { font-size: .85em; margin: 14px 0 4px; color: var(--vscode-descriptionForeground); text-transform: uppercase; letter-spacing: .04em; }
p { margin: 4px 0; overflow-wrap: anywhere; }
.verdict { font-weight: 600; }
.verdict.present { color: var(--vscode-testing-iconPassed); }
.verdict.partial, .verdict.drafted { color: var(--vscode-problemsWarningIcon-foreground); }
.verdict.missing { color: var(--vscode-problemsErrorIcon-foreground); }
.meta { color: var(--vscode-descriptionForeground); }
blockquote { margin: 4px 0 8px; padding: 2px 8px; border-left: 3px solid var(--vscode-textBlockQuote-border); background: var(--vscode-textBlockQuote-background); white-space: pre-wrap; overflow-wrap: anywhere; }
.line { display: block; color: var(--vscode-descriptionForeground); font-size: .9em; }
ul { margin: 4px 0; padding-left: 18px; }
li { margin: 0 0 4px; overflow-wrap: anywhere; }
a { color: var(--vscode-textLink-foreground); }
`;

function page(body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Element details</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>`;
}

/** The page when no element is selected. */
export function renderEmptyDetails(): string {
  return page('<p class="meta" id="empty">Select an element in the checklist to see its verdict, its evidence and the rule in full.</p>');
}

export function renderDetails({ element, verdict, evidence }: ElementDetails): string {
  const e = escapeHtml;
  const parts: string[] = [];
  const look = element.waived ? 'waived' : element.status;
  parts.push(`<h1 id="title">${e(element.title)}</h1>`);
  parts.push(`<p><span class="verdict ${look}" id="verdict">${e(verdict)}</span> <span class="meta">· ${e(element.cite)} · <code>${e(element.id)}</code></span></p>`);
  parts.push(`<p id="reason">${e(element.reason)}</p>`);
  if (element.finding) parts.push(`<h2>Finding</h2><p id="finding">${e(element.finding)}</p>`);
  if (element.waived) parts.push(`<h2>Waiver</h2><p id="waiver">${e(element.waived.reason)}</p>`);
  if (element.review) {
    parts.push(`<h2>Review</h2><p id="review">${element.review.current ? 'Reviewed' : 'Changed since the review'} by ${e(element.review.by)} on ${e(element.review.on)}</p>`);
  }
  if (element.sinceLastYear) parts.push(`<h2>Since last year</h2><p>${e(sinceLastYearLabel(element.sinceLastYear))}</p>`);
  if (evidence.length > 0) {
    parts.push(`<h2>Evidence (${evidence.length} ${evidence.length === 1 ? 'sentence' : 'sentences'})</h2>`);
    parts.push(`<div id="evidence">${evidence.map((q) => `<blockquote><span class="line">Line ${q.line}</span>${e(q.text)}</blockquote>`).join('')}</div>`);
  }
  if (element.advice && element.advice.length > 0) {
    parts.push('<h2>Advice (information only)</h2>');
    parts.push(`<ul id="advice">${element.advice.map((a) => `<li>${e(a.reason)} <span class="meta">(${e(a.cite)})</span></li>`).join('')}</ul>`);
  }
  if (element.peers && element.peers.length > 0) {
    parts.push('<h2>Filed practice (information only)</h2>');
    parts.push(`<ul id="peers">${element.peers.map((p) => `<li>${e(p.text)}</li>`).join('')}</ul>`);
  }
  if (element.ruleText) {
    parts.push(`<h2>The rule</h2><blockquote id="rule">${e(element.ruleText)}</blockquote>`);
  }
  // Only the eCFR link the server gives; anything else would not be a link.
  const cite = /^https:\/\/www\.ecfr\.gov\//.test(element.url) ? `<a href="${e(element.url)}">${e(element.cite)}</a>` : e(element.cite);
  parts.push(`<p class="meta" id="cite">${cite}</p>`);
  return page(parts.join('\n'));
}
