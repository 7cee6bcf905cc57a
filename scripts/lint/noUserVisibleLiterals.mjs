/**
 * Words a user reads come from the catalogue (src/domain/i18n), never from a literal in a component:
 * otherwise they stay English in every language. Flags JSX text with letters, labelling attributes
 * (aria-label, title, placeholder, alt, …) given literal words, and string or template literals that
 * read as prose (words separated by spaces, not a lowercase list of class names or ids). Words meant
 * to stay as they are (a brand, a unit symbol) can be wrapped in `{'…'}` with an eslint-disable-next-line
 * comment saying why.
 */
const LABELLING_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
const CODE_ATTRIBUTES = new Set(['class', 'className', 'id', 'for', 'htmlFor', 'type', 'name', 'href', 'rel', 'role', 'inputMode', 'autocomplete', 'autoComplete', 'lang', 'd', 'viewBox', 'key', 'accept', 'download', 'pattern', 'step', 'min', 'max', 'data-tabs', 'aria-live', 'aria-hidden', 'preserveAspectRatio', 'fill', 'stroke', 'transform', 'target']);
const CODE_CALLS = new Set(['querySelector', 'querySelectorAll', 'getElementById', 'addEventListener', 'removeEventListener', 'matchMedia', 'createElement', 'setAttribute', 'getAttribute', 'closest', 'postMessage', 'Error', 'RangeError', 'TypeError', 'log', 'warn', 'error', 'debug', 'info']);

/** A literal that reads as words for a person: letters and a space, and not a lowercase slug list. */
export function readsAsProse(text) {
  const trimmed = text.trim();
  if (!/[A-Za-z]{2}/.test(trimmed)) return false;
  if (/^[a-z0-9_:./@#()\-\s]+$/.test(trimmed)) return false; // class lists, ids, selectors, css
  return /[A-Za-z][\s’'][A-Za-z]|[A-Za-z][.!?…:]$|^[A-Z][a-z]+$/.test(trimmed);
}

function attributeName(node) {
  for (let at = node.parent; at; at = at.parent) {
    if (at.type === 'JSXAttribute') return typeof at.name.name === 'string' ? at.name.name : at.name.name?.name;
    if (at.type === 'JSXElement' || at.type === 'Program' || at.type === 'FunctionDeclaration' || at.type === 'ArrowFunctionExpression') return undefined;
  }
  return undefined;
}

function insideCodeCall(node) {
  const call = node.parent;
  if (call?.type !== 'CallExpression' && call?.type !== 'NewExpression') return false;
  const callee = call.callee;
  const name = callee.type === 'MemberExpression' ? callee.property.name : callee.name;
  return CODE_CALLS.has(name);
}

function ignorable(node) {
  const parent = node.parent;
  if (!parent) return true;
  if (parent.type === 'ImportDeclaration' || parent.type === 'ExportAllDeclaration' || parent.type === 'ExportNamedDeclaration' || parent.type === 'ImportExpression') return true;
  if (parent.type === 'TSLiteralType' || parent.type === 'Property' && parent.key === node) return true;
  if (parent.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(parent.operator)) return true;
  if (insideCodeCall(node)) return true;
  const attribute = attributeName(node);
  return attribute !== undefined && CODE_ATTRIBUTES.has(attribute);
}

export const noUserVisibleLiterals = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible words come from the catalogue (src/domain/i18n), not literals in components.' },
    schema: [],
    messages: { literal: 'User-visible text "{{text}}" belongs in the catalogue (src/domain/i18n/en/…), so every language gets it.' },
  },
  create(context) {
    const report = (node, text) => context.report({ node, messageId: 'literal', data: { text: text.trim().slice(0, 40) } });
    return {
      JSXText(node) {
        if (/[A-Za-z]{2}/.test(node.value)) report(node, node.value);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : node.name.name?.name;
        if (LABELLING_ATTRIBUTES.has(name) && node.value?.type === 'Literal' && /[A-Za-z]{2}/.test(String(node.value.value))) report(node.value, String(node.value.value));
      },
      Literal(node) {
        if (typeof node.value !== 'string' || node.parent?.type === 'JSXAttribute' || ignorable(node)) return;
        if (readsAsProse(node.value)) report(node, node.value);
      },
      TemplateLiteral(node) {
        if (ignorable(node)) return;
        const text = node.quasis.map((q) => q.value.cooked ?? '').join(' x ');
        if (readsAsProse(text)) report(node, text);
      },
    };
  },
};
