/** A js-yaml error in an author's words. `firstLine` is the file line the YAML text starts on. */
export function explainYamlError(
  error: unknown,
  yaml: string,
  wholeName: string,
  firstLine = 1,
): { line?: number; message: string; hint: string } {
  const { reason, mark } = error as { reason?: string; mark?: { line: number } };
  const line = mark ? mark.line + firstLine : undefined;
  const text = mark ? (yaml.split(/\r?\n/)[mark.line] ?? '') : '';
  const key = /^\s*(?:-\s+)?([^:#\s][^:#]*?)\s*:/.exec(text)?.[1];

  if (reason === 'duplicated mapping key' && key) {
    return { line, message: `The field \`${key}\` appears twice.`, hint: `Keep one \`${key}:\` line and delete the other.` };
  }
  // The most common slip: an unquoted value with ": " in it, which YAML reports as bad indentation.
  const colonValue = /^\s*(?:-\s+)?[^:#\s][^:#]*?:\s+([^"'\s].*:\s.*)$/.exec(text)?.[1];
  if (key && colonValue) {
    return {
      line,
      message: `${wholeName} is not valid YAML: the value of \`${key}\` contains ": ", which YAML reads as the start of another field.`,
      hint: `Put the whole value in quotes: \`${key}: ${quote(colonValue.trimEnd())}\`.`,
    };
  }
  return {
    line,
    message: `${wholeName} is not valid YAML: ${reason ?? String(error)}.`,
    hint: 'Check the indentation of this line and the line above it, and put quotes around any value that contains ": " or starts with a character such as @, `, [, {, * or &.',
  };
}

function quote(value: string): string {
  return value.includes('"') ? `'${value.replaceAll("'", "''")}'` : `"${value}"`;
}
