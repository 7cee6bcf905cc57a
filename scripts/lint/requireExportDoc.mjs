// A local rule rather than eslint-plugin-jsdoc: the plugin's releases that accept ESLint 10 need Node 22.
/** Every exported function (declaration or `const f = () => …`) carries a /** … *\/ block above its export. */
export const requireExportDoc = {
  meta: { type: 'suggestion', schema: [], messages: { missing: 'Exported function `{{name}}` needs a /** … */ comment that says what it is for.' } },
  create(context) {
    const source = context.sourceCode;
    const documented = (node) => source.getCommentsBefore(node).some((c) => c.type === 'Block' && c.value.startsWith('*'));
    return {
      ExportNamedDeclaration(node) {
        const declaration = node.declaration;
        if (!declaration) return;
        const isFunction =
          declaration.type === 'FunctionDeclaration' ||
          (declaration.type === 'VariableDeclaration' &&
            declaration.declarations.some((d) => d.init && ['ArrowFunctionExpression', 'FunctionExpression'].includes(d.init.type)));
        if (!isFunction || documented(node)) return;
        const name = declaration.id?.name ?? declaration.declarations?.[0]?.id?.name ?? 'function';
        context.report({ node, messageId: 'missing', data: { name } });
      },
    };
  },
};
