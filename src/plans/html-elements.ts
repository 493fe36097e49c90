// The element names the HTML walk and the block builder sort elements by.

/** Elements whose text is never document text (page-text.ts skips them in saved pages too). */
export const SKIPPED = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
]);

/** Elements without an end tag: no close event. */
export const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'wbr',
]);

/** Block containers that are not paragraphs themselves: loose text in them is a paragraph of its own. */
export const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'body',
  'html',
  'center',
  'blockquote',
  'dl',
  'dt',
  'dd',
  'address',
  'figure',
  'figcaption',
  'pre',
  'hr',
  'caption',
]);
