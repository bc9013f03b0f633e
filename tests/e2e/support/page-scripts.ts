import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { distDirectory } from './built-site';

/** What a built lesson page asks the browser to run, read from its HTML. */
export interface LessonPageScripts {
  lessonId: string;
  /** Every script tag but data ones (JSON), with its attributes and inline text: equal pages load equal JavaScript. */
  signature: string;
  /** A knowledge check or scenario, whose island loads React when it comes into view. */
  interactive: boolean;
}

export function readLessonPageScripts(courseId: string, lessonId: string): LessonPageScripts {
  const document = parseDocument(readFileSync(path.join(distDirectory, 'courses', courseId, `${lessonId}.html`), 'utf8'));
  const scripts = DomUtils.getElementsByTagName('script', document)
    .filter((script) => !/json/.test(script.attribs.type ?? ''))
    .map((script) => JSON.stringify([script.attribs, DomUtils.textContent(script)]));
  const interactive = DomUtils.findOne(
    (element) => (element.name === 'section' && /\bquiz\b/.test(element.attribs.class ?? '')) || 'data-scenario-id' in element.attribs,
    document.children,
  ) !== null;
  return { lessonId, signature: scripts.join('\n'), interactive };
}
