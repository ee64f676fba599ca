// The report page's style: readable on screen, and on paper (A4, running page breaks before
// each chapter and country note, tables and charts kept whole, links printed plainly).
export const REPORT_CSS = `
:root { --accent: #1f4e8c; --muted: #555; --rule: #c8c8c8; --band: #eef2f8; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Verdana, "Segoe UI", Arial, sans-serif; color: #1a1a1a; margin: 0; background: #f4f5f7; }
main { max-width: 820px; margin: 0 auto; padding: 32px 40px 64px; background: #fff; }
header.report { border-bottom: 2px solid var(--accent); margin-bottom: 24px; padding-bottom: 12px; }
.series, .pin, .cite, .reproduce { color: var(--muted); font-size: 0.8rem; margin: 4px 0; }
.reproduce code { font-size: 0.75rem; word-break: break-all; }
h1.title { color: var(--accent); font-size: 1.9rem; margin: 8px 0 4px; }
p.subtitle { font-size: 1.2rem; font-weight: bold; margin: 0 0 12px; }
h1 { color: var(--accent); font-size: 1.5rem; border-bottom: 1px solid var(--accent); padding-bottom: 4px; margin-top: 40px; }
h2 { color: var(--accent); font-size: 1.2rem; margin-top: 28px; }
h3 { font-size: 1rem; margin-top: 20px; }
p { line-height: 1.45; font-size: 0.95rem; }
.small { font-size: 0.8rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 0.8rem; margin: 8px 0 18px; }
caption { text-align: left; font-weight: bold; color: var(--muted); padding-bottom: 4px; }
th { background: var(--band); border-bottom: 1.5px solid var(--accent); text-align: left; padding: 4px; }
td { border-bottom: 0.5px solid var(--rule); padding: 3px 4px; vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.emphasis td { font-weight: bold; }
figure { margin: 12px 0 20px; }
figcaption { font-weight: bold; font-size: 0.9rem; margin-bottom: 4px; }
figure svg { width: 100%; height: auto; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc ol ol { padding-left: 18px; }
nav.toc a { color: inherit; text-decoration: none; }
ul.small li { margin-bottom: 2px; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  .page-break { break-before: page; }
  table, figure { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
