// Renders parsed Markdown as React elements. Internal links keep the reader's language;
// external links open normally but send no referrer.
import { Fragment, type ReactNode } from 'react';
import { LocalLink } from '../layout/local-link';
import type { Block, Inline } from './parse-markdown';

function renderInline(nodes: readonly Inline[]): ReactNode {
  return nodes.map((node, index) => {
    const key = `${node.type}-${index}`;
    switch (node.type) {
      case 'text':
        return <Fragment key={key}>{node.text}</Fragment>;
      case 'strong':
        return <strong key={key}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={key}>{renderInline(node.children)}</em>;
      case 'code':
        return <code key={key}>{node.text}</code>;
      default:
        if (node.href.startsWith('/')) {
          return (
            <LocalLink key={key} to={node.href}>
              {renderInline(node.children)}
            </LocalLink>
          );
        }
        return /^(https?:|mailto:)/.test(node.href) ? (
          <a key={key} href={node.href} rel="noreferrer">
            {renderInline(node.children)}
          </a>
        ) : (
          <Fragment key={key}>{renderInline(node.children)}</Fragment>
        );
    }
  });
}

function renderBlock(block: Block, index: number): ReactNode {
  switch (block.type) {
    case 'heading': {
      // A document's own headings sit under the page's <h1>: # becomes <h2>, and so on.
      const level = Math.min(block.level + 1, 5);
      const Tag = `h${level}` as 'h2';
      return (
        <Tag key={index} id={block.id}>
          {renderInline(block.children)}
        </Tag>
      );
    }
    case 'paragraph':
      return <p key={index}>{renderInline(block.children)}</p>;
    case 'quote':
      return <blockquote key={index}>{renderInline(block.children)}</blockquote>;
    case 'code':
      return (
        <pre key={index}>
          <code>{block.text}</code>
        </pre>
      );
    case 'rule':
      return <hr key={index} />;
    case 'list': {
      const items = block.items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity beyond position
        <li key={`${index}-${i}`}>{renderInline(item)}</li>
      ));
      return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
    }
    case 'table':
      return (
        <div key={index} className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                {block.header.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity beyond position
                  <th key={i} scope="col">
                    {renderInline(cell)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond position
                <tr key={r}>
                  {row.map((cell, c) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity beyond position
                    <td key={c}>{renderInline(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

export function MarkdownView({ blocks }: { blocks: readonly Block[] }) {
  return <div className="markdown">{blocks.map(renderBlock)}</div>;
}
