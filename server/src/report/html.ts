// The checklist report as one self-contained, printable HTML page: inline CSS only, no scripts,
// no images, fonts or style sheets fetched from anywhere. Links to the rule text are plain anchors.
import { SPECIFICITY_NOTE, specificityLine } from './specificity';
import type { ElementRow, ReportModel } from './model';

const SYMBOL: Record<string, string> = {
  present: '\u2713',
  partial: '\u25D0',
  missing: '\u2717',
  'not-applicable': '\u2013',
  drafted: '\u270E',
  waived: '\u25CC',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Status class of a row: a waiver wins over the verdict it waives. */
function statusClass(row: ElementRow): string {
  return row.waived ? 'waived' : row.status;
}

function statusText(row: ElementRow): string {
  return row.waived ? `Waived (${row.statusLabel.toLowerCase()})` : row.statusLabel;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const CSS = `
:root{--ink:#1f2328;--muted:#59636e;--rule:#d1d9e0;--present:#1a7f37;--partial:#9a6700;--missing:#cf222e;--na:#6e7781;--waived:#8250df;
--present-bg:#dafbe1;--partial-bg:#fff8c5;--missing-bg:#ffebe9;--na-bg:#eff2f5;--waived-bg:#fbefff}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:56rem;padding:2rem 2.5rem 3rem;color:var(--ink);background:#fff;
font:15px/1.5 "Segoe UI",system-ui,-apple-system,"Helvetica Neue",Arial,sans-serif}
h1{font-size:1.7rem;line-height:1.25;margin:.2rem 0 1rem}
h2{font-size:1.2rem;margin:2rem 0 .75rem;padding-bottom:.3rem;border-bottom:2px solid var(--ink)}
h3{font-size:1rem;margin:0 0 .35rem;display:flex;gap:.6rem;align-items:baseline}
a{color:inherit}
.eyebrow{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:.75rem;color:var(--muted)}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0;font-size:.9rem}
.meta dt{color:var(--muted)}
.meta dd{margin:0}
.headline{font-size:1.05rem;margin:.25rem 0 .75rem}
.bar{display:flex;height:.9rem;border-radius:.45rem;overflow:hidden;border:1px solid var(--rule)}
.bar span{display:block;min-width:2px}
.seg-present{background:var(--present)}.seg-partial{background:#d4a72c}.seg-missing{background:var(--missing)}
.seg-not-applicable{background:var(--na)}.seg-waived{background:var(--waived)}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.1rem;padding:0;margin:.5rem 0 1rem;font-size:.85rem;color:var(--muted)}
.legend li::before{content:"";display:inline-block;width:.7rem;height:.7rem;border-radius:2px;margin-right:.35rem;vertical-align:-1px}
.legend .present::before{background:var(--present)}.legend .partial::before{background:#d4a72c}.legend .missing::before{background:var(--missing)}
.legend .not-applicable::before{background:var(--na)}.legend .waived::before{background:var(--waived)}
.grid{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(7,1fr);gap:.4rem}
.grid-part{font-size:.8rem;font-weight:600;color:var(--muted);margin:.6rem 0 .3rem}
.cell{border:1px solid var(--rule);border-left-width:4px;border-radius:4px;padding:.35rem .4rem;font-size:.74rem;line-height:1.25;min-height:3.6rem;hyphens:auto}
.cell a{text-decoration:none;display:block}
.cell .sym{font-weight:700;margin-right:.2rem}
.cell .st{display:block;margin-top:.2rem;font-size:.72rem;font-weight:600}
.present{--c:var(--present);--bg:var(--present-bg)}.partial{--c:var(--partial);--bg:var(--partial-bg)}.missing{--c:var(--missing);--bg:var(--missing-bg)}
.not-applicable{--c:var(--na);--bg:var(--na-bg)}.drafted{--c:var(--partial);--bg:var(--partial-bg)}.waived{--c:var(--waived);--bg:var(--waived-bg)}
.cell{border-left-color:var(--c);background:var(--bg)}
.cell .st,.cell .sym{color:var(--c)}
.badge{display:inline-block;white-space:nowrap;font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;
padding:.1rem .45rem;border-radius:1rem;color:var(--c);background:var(--bg);border:1px solid var(--c)}
.element{border-top:1px solid var(--rule);padding:.8rem 0 .6rem;break-inside:avoid;page-break-inside:avoid}
.element p{margin:.25rem 0}
.cite{font-size:.85rem;color:var(--muted)}
.asks{font-size:.88rem;color:var(--muted);border-left:3px solid var(--rule);padding-left:.6rem}
.waiver{font-size:.9rem}
.advice{font-size:.9rem;color:var(--muted)}
.review{font-size:.9rem}
blockquote{margin:.45rem 0 .2rem;padding:.35rem .75rem;border-left:3px solid var(--c,var(--rule));background:#f6f8fa;font-size:.92rem}
blockquote p{margin:0}
blockquote footer{font-size:.75rem;color:var(--muted);margin-top:.15rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--rule)}
th{font-weight:600;color:var(--muted)}
.none{color:var(--muted)}
.peers td.peer{white-space:nowrap}.peers tr.peer-element td{border-top:1px solid var(--rule)}
.signoff td{height:2.4rem}
footer.page{margin-top:2.5rem;font-size:.75rem;color:var(--muted)}
@page{size:auto;margin:16mm 14mm}
@media print{
body{max-width:none;padding:0;font-size:10pt}
h2{break-after:avoid;page-break-after:avoid}
a{text-decoration:none}
.grid{grid-template-columns:repeat(7,1fr)}
.summary,.blockers,.signoff{break-inside:avoid;page-break-inside:avoid}
}
@media (max-width:40rem){.grid{grid-template-columns:repeat(2,1fr)}body{padding:1rem}}
`;

function summaryBar(model: ReportModel): string {
  const c = model.counts;
  const parts: [string, number, string][] = [
    ['present', c.present, 'present'],
    ['partial', c.partial, 'partial'],
    ['missing', c.missing, 'missing'],
    ['not-applicable', c.notApplicable, 'not applicable'],
    ['drafted', c.drafted, 'drafted'],
    ['waived', c.waived, 'waived'],
  ];
  const shown = parts.filter(([, n]) => n > 0);
  const label = shown.map(([, n, text]) => `${n} ${text}`).join(', ') || 'no elements checked';
  const segments = shown.map(([cls, n, text]) => `<span class="seg-${cls}" style="flex:${n}" title="${n} ${text}"></span>`).join('');
  const legend = parts.map(([cls, n, text]) => `<li class="${cls}">${n} ${escapeHtml(text)}</li>`).join('');
  return `<div class="bar" role="img" aria-label="${escapeHtml(label)}">${segments}</div>\n<ul class="legend">${legend}</ul>`;
}

function grid(model: ReportModel): string {
  return model.groups
    .map((group) => {
      const cells = group.elements
        .map((row) => {
          const cls = statusClass(row);
          return (
            `<li class="cell ${cls}"><a href="#el-${row.id}"><span class="sym" aria-hidden="true">${SYMBOL[cls] ?? ''}</span>` +
            `${row.number}. ${escapeHtml(row.title)}<span class="st">${escapeHtml(statusText(row))}</span></a></li>`
          );
        })
        .join('\n');
      return `<p class="grid-part">${escapeHtml(group.title)}</p>\n<ol class="grid">\n${cells}\n</ol>`;
    })
    .join('\n');
}

function elementArticle(row: ElementRow): string {
  const cls = statusClass(row);
  const out: string[] = [];
  out.push(`<article class="element ${cls}" id="el-${row.id}">`);
  out.push(`<h3><span class="badge">${SYMBOL[cls] ?? ''} ${escapeHtml(statusText(row))}</span> <span>${row.number}. ${escapeHtml(row.title)}</span></h3>`);
  const cite = row.url ? `<a href="${escapeHtml(row.url)}">${escapeHtml(row.cite)}</a>` : escapeHtml(row.cite);
  out.push(`<p class="cite">${cite} &middot; <code>${escapeHtml(row.id)}</code></p>`);
  out.push(`<p class="reason">${escapeHtml(row.reason)}</p>`);
  if (row.waived) out.push(`<p class="waiver"><strong>Waiver:</strong> ${escapeHtml(row.waived.reason)}</p>`);
  if (row.review) out.push(`<p class="review"><strong>${row.review.current ? 'Reviewed' : 'Changed since review'}</strong> (reviewed by ${escapeHtml(row.review.by)} on ${escapeHtml(row.review.on)})</p>`);
  for (const a of row.advice) out.push(`<p class="advice"><strong>Advice</strong> (${escapeHtml(a.cite)}, information only): ${escapeHtml(a.reason)}</p>`);
  if ((row.status === 'missing' || row.status === 'partial') && row.ruleText) {
    out.push(`<p class="asks"><strong>The rule asks:</strong> ${escapeHtml(row.ruleText)}</p>`);
  }
  for (const quote of row.evidence) {
    out.push(`<blockquote><p>${escapeHtml(quote.text)}</p><footer>Line ${quote.line}</footer></blockquote>`);
  }
  out.push('</article>');
  return out.join('\n');
}

function peersSection(model: ReportModel): string {
  if (model.peers.rows.length === 0) return '';
  const rows = model.peers.rows
    .map(
      (r) =>
        `<tr${r.practice ? '' : ' class="peer-element"'} title="${escapeHtml(r.text)}"><td>${r.practice ? '' : `${r.number}. ${escapeHtml(r.element)}`}</td>` +
        `<td>${r.practice ? escapeHtml(r.practice) : 'Element present'}</td><td>${escapeHtml(r.thisDraft)}</td><td class="peer">${escapeHtml(r.filed)}</td></tr>`,
    )
    .join('\n');
  return (
    `<section class="peers" id="peers">\n<h2>Filed practice</h2>\n` +
    `<p class="advice">How this draft compares with ${escapeHtml(model.peers.source)}. Information only: filed practice changes no status above.</p>\n` +
    `<table>\n<thead><tr><th>Element</th><th>Practice</th><th>This draft</th><th>Filed sections</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n</section>`
  );
}

function blockersSection(model: ReportModel): string {
  const rows = model.blockers
    .map((b) => `<tr><td>${b.line}:${b.column}</td><td>${escapeHtml(b.message)}</td><td><code>${escapeHtml(b.rule)}</code></td></tr>`)
    .join('\n');
  const body =
    model.blockers.length === 0
      ? '<p class="none">None: no error-severity findings other than the element verdicts above.</p>'
      : `<table>\n<thead><tr><th>Line</th><th>Finding</th><th>Rule</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
  return `<section class="blockers" id="blockers">\n<h2>Blockers before filing</h2>\n${body}\n</section>`;
}

function waiversSection(model: ReportModel): string {
  const rows = model.waivers
    .map(
      (w) =>
        `<tr><td><code>${escapeHtml(w.target)}</code></td><td>${escapeHtml(w.reason)}</td><td>${w.details.map(escapeHtml).join('<br>')}</td></tr>`,
    )
    .join('\n');
  const body =
    model.waivers.length === 0
      ? '<p class="none">None.</p>'
      : `<table>\n<thead><tr><th>Waived</th><th>Reason</th><th>Details</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
  return `<section class="waivers" id="waivers">\n<h2>Waivers</h2>\n${body}\n</section>`;
}

function specificityParagraph(model: ReportModel): string {
  const view = model.specificity;
  if (!view) return '';
  const generic = view.genericLines.length > 0 ? ` Generic paragraphs (grade 1) start on ${view.genericLines.length === 1 ? 'line' : 'lines'} ${view.genericLines.join(', ')}.` : '';
  return `<p class="specificity" id="specificity"><strong>Specificity:</strong> ${escapeHtml(specificityLine(view))}. ${escapeHtml(SPECIFICITY_NOTE)}${escapeHtml(generic)}</p>\n`;
}

export function renderHtml(model: ReportModel): string {
  const c = model.counts;
  const sectionText = model.section.found
    ? `&ldquo;${escapeHtml(model.section.heading ?? '')}&rdquo;, lines ${model.section.startLine}&ndash;${model.section.endLine}`
    : `No &ldquo;${escapeHtml(model.item)}. Cybersecurity&rdquo; section found`;
  const meta = [
    ['Draft', `<code>${escapeHtml(model.source)}</code>`],
    ['Form', escapeHtml(model.formLabel)],
    ['Section', sectionText],
    ...(model.section.crossReference ? [['Cross-reference', escapeHtml(model.section.crossReference)]] : []),
    ['Checked', `${model.generated ? `${escapeHtml(model.generated)} by ` : ''}item1c ${escapeHtml(model.toolVersion)}`],
  ]
    .map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`)
    .join('');

  const headline =
    `<strong>${c.addressed} of ${c.total}</strong> required elements addressed` +
    (c.partial > 0 ? `, ${c.partial} partial` : '') +
    (c.missing > 0 ? `, ${c.missing} missing` : '') +
    (c.drafted > 0 ? `, ${c.drafted} drafted and not yet confirmed` : '') +
    `; ${model.blockers.length === 0 ? 'no blockers' : plural(model.blockers.length, 'blocker')} before filing.`;

  const parts = model.groups
    .map((g) => `<section class="part" id="part-${g.part}">\n<h2>${escapeHtml(g.title)}</h2>\n${g.elements.map(elementArticle).join('\n')}\n</section>`)
    .join('\n');

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="item1c ${escapeHtml(model.toolVersion)}">
<title>${escapeHtml(model.title)} (${escapeHtml(model.source)})</title>
<style>${CSS}</style>
</head>
<body>
<header>
<p class="eyebrow">Disclosure committee review &middot; Confidential draft</p>
<h1>${escapeHtml(model.title)}</h1>
<dl class="meta">${meta}</dl>
</header>
<main>
<section class="summary" id="summary">
<h2>Summary</h2>
<p class="headline">${headline}</p>
${summaryBar(model)}
${specificityParagraph(model)}${grid(model)}
</section>
${peersSection(model)}
${parts}
${blockersSection(model)}
${waiversSection(model)}
<section class="signoff" id="signoff">
<h2>Review</h2>
<table>
<thead><tr><th>Reviewed by</th><th>Role</th><th>Date</th><th>Comments</th></tr></thead>
<tbody><tr><td></td><td></td><td></td><td></td></tr><tr><td></td><td></td><td></td><td></td></tr></tbody>
</table>
</section>
</main>
<footer class="page">Produced by item1c ${escapeHtml(model.toolVersion)} from the draft alone; nothing was sent anywhere. Verdicts are automated reading aids for counsel, not legal advice.</footer>
</body>
</html>
`;
}
