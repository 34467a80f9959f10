// HTML → main text, with Readability over linkedom (no script ever runs: linkedom does not execute any).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlText {
  readonly title: string | null;
  readonly byline: string | null;
  readonly publishedTime: string | null;
  readonly lang: string | null;
  /** Paragraphs separated by blank lines. */
  readonly text: string;
  /** `readability` when the main text was found, `body` when the whole body had to be taken. */
  readonly method: 'readability' | 'body';
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'HEAD']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'HR', 'ADDRESS',
]);
/** Page furniture never taken when the whole body has to be read. */
const FURNITURE = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON']);

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree with block elements on their own lines and list items as `- ` lines. */
function blockText(root: DomNode, dropFurniture: boolean): string {
  const out: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || (dropFurniture && FURNITURE.has(name))) return;
    if (name === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) out.push('\n\n');
    if (name === 'LI') out.push('- ');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) out.push('\n\n');
  };
  walk(root);
  return out
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function metaContent(doc: Document, selectors: readonly string[]): string | null {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute('content') ?? doc.querySelector(sel)?.getAttribute('datetime');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

export function htmlToText(html: string): HtmlText {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const lang = doc.documentElement?.getAttribute('lang') ?? null;
  const published = metaContent(doc, [
    'meta[property="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
    'meta[name="DC.date.issued"]',
    'time[datetime]',
  ]);
  const pageTitle = doc.querySelector('title')?.textContent?.trim() || null;
  let article: ReturnType<Readability['parse']> = null;
  try {
    // Readability changes the document it reads; the body fallback below must not see that copy.
    article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  if (article?.content && (article.textContent ?? '').trim().length >= 80) {
    const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
    return {
      title: article.title?.trim() || pageTitle,
      byline: article.byline?.trim() || null,
      publishedTime: article.publishedTime?.trim() || published,
      lang: article.lang ?? lang,
      text: blockText(content.body as unknown as DomNode, false),
      method: 'readability',
    };
  }
  const body = (doc.body ?? doc.documentElement) as unknown as DomNode | null;
  return {
    title: pageTitle,
    byline: null,
    publishedTime: published,
    lang,
    text: body ? blockText(body, true) : '',
    method: 'body',
  };
}
