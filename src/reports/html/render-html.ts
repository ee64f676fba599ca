// A report as one self-contained HTML page (a page of the portal): inline CSS with print rules,
// inline SVG charts, a linked table of contents. The same document the PDF draws.
import { label } from '../../framework/labels.js';
import type { Block, ReportDocument, TableBlock } from '../document/report-document.js';
import { listTocEntries } from '../document/report-document.js';
import { withColon } from '../text/fill-template.js';
import { UI } from '../text/ui-texts.js';
import { escapeHtml as e } from './escape-html.js';
import { REPORT_CSS } from './report-css.js';

function renderTable(table: TableBlock): string {
  const cls = (i: number) => (table.align[i] === 'right' ? ' class="num"' : '');
  const head = table.header.map((h, i) => `<th scope="col"${cls(i)}>${e(h)}</th>`).join('');
  const rows = table.rows
    .map(
      (row) =>
        `<tr${row.emphasis ? ' class="emphasis"' : ''}>${row.cells.map((c, i) => `<td${cls(i)}>${e(c)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const caption = table.caption ? `<caption>${e(table.caption)}</caption>` : '';
  return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function renderToc(doc: ReportDocument): string {
  const entries = listTocEntries(doc);
  const items: string[] = [];
  let open = false;
  for (const entry of entries) {
    const link = `<a href="#${e(entry.id)}">${e(entry.text)}</a>`;
    if (entry.level === 1) {
      if (open) items.push('</ol></li>');
      items.push(`<li>${link}<ol>`);
      open = true;
    } else {
      items.push(`<li>${link}</li>`);
    }
  }
  if (open) items.push('</ol></li>');
  return `<nav class="toc page-break"><h1>${e(label(UI.contents, doc.lang))}</h1><ol>${items.join('')}</ol></nav>`;
}

function renderBlock(block: Block, doc: ReportDocument): string {
  switch (block.kind) {
    case 'heading': {
      const id = block.id ? ` id="${e(block.id)}"` : '';
      const pageBreak = block.newPage ? ' class="page-break"' : '';
      return `<h${block.level}${id}${pageBreak}>${e(block.text)}</h${block.level}>`;
    }
    case 'paragraph':
      return `<p${block.small ? ' class="small"' : ''}>${e(block.text)}</p>`;
    case 'list':
      return `<ul${block.small ? ' class="small"' : ''}>${block.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
    case 'toc':
      return renderToc(doc);
    case 'table':
      return renderTable(block);
    case 'chart':
      // The SVG is ECharts' own output from figures and names we supplied (escaped by ECharts).
      return `<figure role="img" aria-label="${e(block.title)}"><figcaption>${e(block.title)}</figcaption>${block.svg}</figure>`;
  }
}

export function renderHtml(doc: ReportDocument): string {
  const { lang } = doc;
  const body = doc.blocks.map((b) => renderBlock(b, doc)).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${doc.title}: ${doc.subtitle}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header class="report">
<p class="series">${e(label(UI.series, lang))}</p>
<h1 class="title">${e(doc.title)}</h1>
<p class="subtitle">${e(doc.subtitle)}</p>
<p class="pin">${e(`${withColon(lang, label(UI.pin, lang))} ${doc.pinLine}`)}</p>
<p class="cite">${e(`${withColon(lang, label(UI.howToCite, lang))} ${doc.citation}`)}</p>
<p class="reproduce"><code>${e(doc.reproduce)}</code></p>
</header>
${body}
</main>
</body>
</html>
`;
}
