/**
 * A figure as a plain tree of SVG elements: the component turns it into Preact elements, and tests,
 * the bench and the contact sheet turn it into markup. One tree, so what is measured is what is shown.
 */
export interface SvgNode {
  tag: 'svg' | 'g' | 'path' | 'animate';
  attrs: Readonly<Record<string, string>>;
  children?: readonly SvgNode[];
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Markup of a tree; the root gets the SVG namespace so the text stands alone as an .svg file. */
export function svgMarkup(node: SvgNode, root = true): string {
  const attrs = { ...(root && node.tag === 'svg' ? { xmlns: 'http://www.w3.org/2000/svg' } : {}), ...node.attrs };
  const text = Object.entries(attrs).map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  const children = (node.children ?? []).map((child) => svgMarkup(child, false)).join('');
  return children === '' ? `<${node.tag}${text}/>` : `<${node.tag}${text}>${children}</${node.tag}>`;
}
