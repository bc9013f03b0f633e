/**
 * The name the author gave a dimension (`dimensionNames`), or its id as words:
 * "self-disclosure" → "Self disclosure".
 */
export function dimensionName(dimension: string, language: string, names?: Readonly<Record<string, string>>): string {
  const named = names?.[dimension];
  if (named) return named;
  const words = dimension.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase(language) + words.slice(1);
}
