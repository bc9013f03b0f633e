import type { LineFinder } from '../content/checks/problem';

/**
 * Text edits to course.yaml that keep the author's comments and layout (a YAML round trip would
 * drop them): a lesson id added to a module's `lessons`, or a new module after the last one.
 */
export function addLessonToModule(yaml: string, lineAt: LineFinder, moduleIndex: number, lessonCount: number, lessonId: string): string {
  const lines = yaml.split('\n');
  const keyLine = lineAt(['modules', moduleIndex, 'lessons']);
  const lastLine = lineAt(['modules', moduleIndex, 'lessons', lessonCount - 1]);
  if (keyLine === undefined || lastLine === undefined) throw new Error('course.yaml has no lessons list for the module');
  const last = lines[lastLine - 1] ?? '';
  const item = /^(\s*)-\s/.exec(last);
  if (lastLine !== keyLine && item) {
    lines.splice(lastLine, 0, `${item[1] ?? ''}- ${lessonId}`);
    return lines.join('\n');
  }
  // A flow list, `lessons: [a, b]`, possibly over several lines: the id goes before its `]`.
  for (let index = lastLine - 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const close = line.indexOf(']');
    if (close >= 0) {
      lines[index] = `${line.slice(0, close).trimEnd()}, ${lessonId}${line.slice(close)}`;
      return lines.join('\n');
    }
  }
  throw new Error('course.yaml has a lessons list that does not close');
}

/** A new module appended to `modules`, indented like the modules already there. */
export function addModule(yaml: string, lineAt: LineFinder, moduleCount: number, module: { id: string; title: string; summary: string; lessonId: string }): string {
  const lines = yaml.split('\n');
  const modulesLine = lineAt(['modules']) ?? 1;
  const firstModuleLine = lineAt(['modules', 0, 'id']) ?? modulesLine + 1;
  const dash = /^(\s*)-\s/.exec(lines[firstModuleLine - 1] ?? '')?.[1] ?? '  ';
  const modulesIndent = /^(\s*)/.exec(lines[modulesLine - 1] ?? '')?.[1]?.length ?? 0;
  // The module list ends at the first later line that is indented no deeper than `modules:` itself.
  let end = lineAt(['modules', moduleCount - 1]) ?? modulesLine;
  while (end < lines.length) {
    const line = lines[end] ?? '';
    if (line.trim() !== '' && !line.trimStart().startsWith('#') && (/^(\s*)/.exec(line)?.[1]?.length ?? 0) <= modulesIndent && !line.trimStart().startsWith('-')) break;
    end++;
  }
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--;
  const field = `${dash}  `;
  lines.splice(end, 0,
    `${dash}- id: ${module.id}`,
    `${field}title: ${JSON.stringify(module.title)}`,
    `${field}summary: ${JSON.stringify(module.summary)}`,
    `${field}lessons:`,
    `${field}  - ${module.lessonId}`,
  );
  return lines.join('\n');
}
