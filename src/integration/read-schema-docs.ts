import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Each schema's fields and the JSDoc written above them: `XxxSchema` → field → one-line help. */
export type SchemaFieldDocs = Map<string, Map<string, string>>;

const docText = (node: ts.Node): string | undefined => {
  const comments = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = comments.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join(' ').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
};

/** The first object literal inside `node`: the shape passed to z.strictObject / z.object. */
function findShape(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (ts.isObjectLiteralExpression(node)) return node;
  return ts.forEachChild(node, findShape);
}

/**
 * Reads the JSDoc of every field of every exported `…Schema` in the given schema source files. The house
 * style puts one line of help above each field, which editors show on hover in TypeScript; this hands the
 * same words to the JSON schema and the trainers' reference, so there is one text to keep true.
 */
export function readSchemaDocs(files: readonly string[]): SchemaFieldDocs {
  const docs: SchemaFieldDocs = new Map();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.name.text.endsWith('Schema') || !declaration.initializer) continue;
        const fields = new Map<string, string>();
        const summary = docText(statement);
        if (summary) fields.set('', summary);
        for (const property of findShape(declaration.initializer)?.properties ?? []) {
          if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
          const text = docText(property);
          if (text) fields.set(property.name.text, text);
        }
        docs.set(declaration.name.text, fields);
      }
    }
  }
  return docs;
}
