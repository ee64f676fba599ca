// Draws a report's blocks as portal content: headings keep their ids so the table of contents
// links work; charts are the server's SVG (ECharts' own output from figures the server escaped).
import type { ReportBlock, ReportDocument, ReportTable } from './report-document';

function TableBlock({ table }: { table: ReportTable }) {
  const align = (i: number) => (table.align[i] === 'right' ? 'numeric' : undefined);
  return (
    // Wide tables scroll at phone width: the region takes focus so keys can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-label={table.caption ?? table.header.join(', ')} tabIndex={0}>
      <table className="data-table report-table">
        {table.caption ? <caption>{table.caption}</caption> : null}
        <thead>
          <tr>
            {table.header.map((h, i) => (
              <th key={h} scope="col" className={align(i)}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
            <tr key={r} className={row.emphasis ? 'emphasis' : undefined}>
              {row.cells.map((cell, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={i} className={align(i)}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TableOfContents({ doc, title }: { doc: ReportDocument; title: string }) {
  const entries = doc.blocks.flatMap((b) =>
    b.kind === 'heading' && b.id && b.level <= 2 ? [{ id: b.id, text: b.text, level: b.level }] : [],
  );
  return (
    <nav className="report-toc" aria-label={title}>
      <h2>{title}</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id} className={entry.level === 2 ? 'report-toc__sub' : undefined}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Block({ block, doc, tocTitle }: { block: ReportBlock; doc: ReportDocument; tocTitle: string }) {
  switch (block.kind) {
    case 'heading': {
      // The page's own h1 is the report title: report headings sit one level below it.
      const Tag = (['h2', 'h3', 'h4'] as const)[block.level - 1]!;
      return <Tag id={block.id}>{block.text}</Tag>;
    }
    case 'paragraph':
      return <p className={block.small ? 'small' : undefined}>{block.text}</p>;
    case 'list':
      return (
        <ul className={block.small ? 'small' : undefined}>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'toc':
      return <TableOfContents doc={doc} title={tocTitle} />;
    case 'table':
      return <TableBlock table={block} />;
    case 'chart':
      return (
        <figure className="report-chart" role="img" aria-label={block.title}>
          <figcaption>{block.title}</figcaption>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: SVG rendered by SICREMI's server from escaped data */}
          <div dangerouslySetInnerHTML={{ __html: block.svg }} />
        </figure>
      );
  }
}

export function ReportBlocks({ doc, tocTitle }: { doc: ReportDocument; tocTitle: string }) {
  return (
    <>
      {doc.blocks.map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the document is drawn once, in order
        <Block key={i} block={block} doc={doc} tocTitle={tocTitle} />
      ))}
    </>
  );
}
