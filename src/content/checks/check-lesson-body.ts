import type { LessonReferences } from '../mdx-elements/collect-lesson-references';
import { readJsxAttributes } from '../mdx-elements/read-jsx-attributes';
import { ContentNoteSchema } from '../schemas/content-note';
import { MDX_COMPONENT_NAMES } from '../../core/mdx-component-names';
import type { Problem } from './problem';

/** How a lesson's file references are looked up on disk (the loader passes the real file system). */
export interface LessonFiles {
  /** Whether a path, relative to the lesson file, names an existing file (any listed extension). */
  existsBesideLesson: (relativePath: string, extensions?: readonly string[]) => boolean;
  /** Whether a site path (`/images/a.png`) names a file in `public/`. */
  existsInPublic: (sitePath: string) => boolean;
}

const IMPORT_EXTENSIONS = ['', '.astro', '.tsx', '.ts', '.jsx', '.js', '.mdx', '.md', '.json'];

/**
 * What would otherwise only fail while a page renders, or ship broken: `{names}` the lesson never
 * defines, `<ContentNote>` props of the wrong kind, imports and images of files that do not exist.
 */
export function checkLessonBody(file: string, entry: string | undefined, references: LessonReferences, files: LessonFiles): Problem[] {
  const at = { file, entry };
  return [
    ...references.expressions.flatMap((expression) => {
      const name = undefinedRootName(expression.code, references.declaredNames);
      return name === undefined ? [] : [{
        ...at, line: expression.line, column: expression.column,
        message: `\`{${expression.code.trim()}}\` uses the name \`${name}\`, which this lesson never defines, so the page cannot be built there.`,
        hint: `To show the braces as text, write \`\\{${expression.code.trim()}\\}\`. Learners' names and other personal details are not available to lessons; write the sentence without them.`,
      }];
    }),
    ...references.contentNotes.flatMap((note) => checkContentNoteProps(note, at)),
    ...references.imports.flatMap((use) => {
      if (!/^\.\.?\//.test(use.specifier) || files.existsBesideLesson(use.specifier, IMPORT_EXTENSIONS)) return [];
      return [{
        ...at, line: use.line, column: use.column,
        message: `The lesson imports "${use.specifier}", but there is no such file next to it, so the page cannot be built.`,
        hint: 'Lessons need no imports: `<ContentNote>`, `<Quiz>` and `<Scenario>` are available everywhere. Remove the import line, or correct the path (it is relative to this lesson file).',
      }];
    }),
    ...references.images.flatMap((image) => checkImage(image, at, files)),
  ];
}

/** The first name an expression reads that is neither defined in the lesson nor a JavaScript global. */
function undefinedRootName(code: string, declared: ReadonlySet<string>): string | undefined {
  const root = /^\s*([A-Za-z_$][\w$]*)/.exec(code)?.[1];
  // Only plain reads (`name`, `name.field`, `name(…)`): anything more is code this check cannot judge.
  if (!root || !/^\s*[A-Za-z_$][\w$]*\s*(?:[.([][\s\S]*)?$/.test(code)) return undefined;
  if (declared.has(root) || root === 'props' || (MDX_COMPONENT_NAMES).includes(root) || root in globalThis) return undefined;
  if (['true', 'false', 'null', 'undefined', 'this', 'new', 'typeof', 'void'].includes(root)) return undefined;
  return root;
}

type ContentNoteElement = LessonReferences['contentNotes'][number];

function checkContentNoteProps(note: ContentNoteElement, at: { file: string; entry?: string }): Problem[] {
  const { values, unreadable } = readJsxAttributes(note);
  const written = { ...values };
  // `{…}` the build cannot read without running it is taken on trust.
  for (const { name } of unreadable) written[name] = name === 'topics' ? ['(set in code)'] : '(set in code)';
  const result = ContentNoteSchema.safeParse(written);
  if (result.success) return [];
  const place = { line: note.position?.start.line, column: (note.position?.start as { column?: number } | undefined)?.column };
  return result.error.issues.map((issue) => {
    const prop = String(issue.path[0] ?? '');
    const value = values[prop];
    const shown = value === undefined ? 'missing' : `written as ${JSON.stringify(value)}`;
    const want = prop === 'topics'
      ? 'a list of topics in plain words, written `topics={["self-harm", "loss"]}`'
      : `a sentence, written \`${prop}="…"\``;
    return {
      ...at, ...place,
      message: `\`<ContentNote>\` needs \`${prop}\` as ${want}; here it is ${shown}. The note is a learner's real choice before sensitive material, so each part must be there.`,
      hint: prop === 'topics'
        ? 'Write the topics as a list in braces: `topics={["self-harm"]}`, even for one topic.'
        : `Add \`${prop}="…"\` with ${prop === 'why' ? 'why the material is in the course' : 'a short version a learner can read instead'}.`,
    };
  });
}

function checkImage(image: LessonReferences['images'][number], at: { file: string; entry?: string }, files: LessonFiles): Problem[] {
  const place = { ...at, line: image.line, column: image.column };
  const url = image.url.trim();
  if (/^data:/i.test(url)) return [];
  if (/^(https?:)?\/\//i.test(url)) {
    return [{
      ...place,
      message: `The image "${url}" is on another website. Loading it would tell that website who is reading the course, and it would be missing inside SCORM packages used offline.`,
      hint: 'Download the image (if its licence allows), put it next to the lesson file, and write `![description](./file-name.png)`.',
    }];
  }
  const path = decodeURI(url.replace(/[?#].*$/, ''));
  const found = path.startsWith('/') ? files.existsInPublic(path) : files.existsBesideLesson(path);
  if (found) return [];
  return [{
    ...place,
    message: `The image "${url}" does not exist${path.startsWith('/') ? ' in public/' : ' next to this lesson'}, so learners would see a broken image.`,
    hint: path.startsWith('/')
      ? `Put the image at public${path}, or correct the path.`
      : 'Put the image file there, or correct the path: it is relative to this lesson file, and letter case matters.',
  }];
}
