import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Frame, type Page } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { sectionKey } from '../../../src/core/scorm/lesson-place';
import { defined } from '../../support/defined';
import { distDirectory, type BuiltCourse } from './built-site';
import { readCourseSource } from './course-source';

export type PlaceScope = Page | Frame;

/** A lesson whose content note holds sections of its own (headings inside the note's material). */
export interface NoteLesson {
  lessonId: string;
  /** Index of that note among the lesson's notes, in page order. */
  noteIndex: number;
  /** Ids of the headings inside the note's material, in order. */
  headingIds: string[];
}

type ParsedElement = ReturnType<typeof DomUtils.findAll>[number];
const isElement = (node: unknown): node is ParsedElement => typeof node === 'object' && node !== null && 'attribs' in node;
const childElements = (element: ParsedElement) => element.children.filter(isElement);
const insideIsland = (element: ParsedElement) => {
  for (let parent: unknown = element.parent; isElement(parent); parent = parent.parent) if (parent.name === 'astro-island') return true;
  return false;
};

/**
 * From the built pages: the lesson, and the note in it, with the most headings inside a note's
 * material, so a place can sit deep inside a note the learner opened.
 */
export function findNoteLesson(course: BuiltCourse): NoteLesson {
  const found = course.lessonIds.flatMap((lessonId) => {
    const document = parseDocument(readFileSync(path.join(distDirectory, 'courses', course.id, `${lessonId}.html`), 'utf8'));
    const main = DomUtils.findOne((element) => element.name === 'main', document.children);
    const notes = main ? DomUtils.findAll((element) => element.attribs['data-content-note'] !== undefined, main.children) : [];
    return notes.map((note, noteIndex) => {
      const material = childElements(note).find((child) => child.attribs['data-content-note-material'] !== undefined);
      const headings = material
        ? DomUtils.findAll((element) => /^h[23]$/.test(element.name) && !!element.attribs.id && !insideIsland(element), material.children)
        : [];
      return { lessonId, noteIndex, headingIds: headings.map((heading) => heading.attribs.id ?? '') };
    });
  });
  const best = found.sort((a, b) => b.headingIds.length - a.headingIds.length)[0];
  if (!best || best.headingIds.length < 2) throw new Error(`Course "${course.id}" has no content note holding two or more sections to test a return into.`);
  return best;
}

/** The course's language, from its course.yaml: every way back must land on a page in it. */
export const courseLanguage = (course: BuiltCourse): string => readCourseSource(course.id).course.language;

/** What the learner sees of their place: the lesson, the section the top of the window is in, where the window is. */
export interface ShownPlace {
  lessonId: string | undefined;
  language: string;
  /** Id of the last section heading at or above the reading line (top of the window below the sticky bar). */
  headingId: string | undefined;
  scrollY: number;
  viewportHeight: number;
}

export function readShownPlace(scope: PlaceScope): Promise<ShownPlace> {
  return scope.locator('html').evaluate((html) => {
    const padding = Number.parseFloat(getComputedStyle(html).scrollPaddingTop) || 0;
    const line = padding + 1;
    const headings = [...document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]:not(astro-island *)')].filter((heading) => heading.getClientRects().length > 0);
    const above = headings.filter((heading) => heading.getBoundingClientRect().top <= line).at(-1);
    return {
      lessonId: document.body.dataset.lessonId,
      language: html.getAttribute('lang') ?? '',
      headingId: above?.id,
      scrollY: window.scrollY,
      viewportHeight: window.innerHeight,
    };
  });
}

/** The place this tab keeps for the course (what a reload and Back to where I was use). */
export function readKeptPlace(scope: PlaceScope, courseId: string): Promise<string | null> {
  return scope.locator('html').evaluate((_, key) => sessionStorage.getItem(key), `peerpath:place:${courseId}`);
}

/**
 * Reads part of the way into the section under `headingId`, as a learner does: scrolls there with
 * the mouse wheel, then waits until the course has taken that spot as the place (they stayed a moment).
 */
export async function readInSection(page: Page, scope: PlaceScope, courseId: string, lessonId: string, headingId: string, share = 0.4): Promise<ShownPlace> {
  const measureTarget = () => scope.locator('html').evaluate((html, [id, part]) => {
    const heading = document.getElementById(id);
    if (!heading) throw new Error(`No heading #${id} on this page.`);
    const headings = [...document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]:not(astro-island *)')].filter((candidate) => candidate.getClientRects().length > 0);
    const next = headings[headings.indexOf(heading) + 1];
    const top = heading.getBoundingClientRect().top + window.scrollY;
    const bottom = next ? next.getBoundingClientRect().top + window.scrollY : top + window.innerHeight;
    const padding = Number.parseFloat(getComputedStyle(html).scrollPaddingTop) || 0;
    // Never past the end of the page: the window cannot go further down than that.
    const lowest = document.documentElement.scrollHeight - window.innerHeight;
    return Math.round(Math.min(top + (bottom - top) * part - padding, lowest));
  }, [headingId, share] as const);
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  const scrolled = () => scope.locator('html').evaluate(() => window.scrollY);
  // Islands hydrate as they come into view on the way down and move the section: measure again and
  // wheel the rest of the way, as a reader would, until the window is there.
  await expect(async () => {
    const gap = (await measureTarget()) - (await scrolled());
    if (Math.abs(gap) >= 40) await page.mouse.wheel(0, gap);
    expect(Math.abs((await scrolled()) - (await measureTarget())), `scrolled into #${headingId}`).toBeLessThan(40);
  }).toPass({ timeout: 20_000 });
  const key = sectionKey(headingId);
  await expect.poll(() => readKeptPlace(scope, courseId), { message: `the place is taken inside #${headingId}` }).toMatch(new RegExp(`^${lessonId}~${key}~\\d+`));
  return readShownPlace(scope);
}

/** The learner is back at `expected`: same lesson and language, same section, within one screen. */
export async function expectSamePlace(scope: PlaceScope, expected: ShownPlace, language: string): Promise<void> {
  await expect(scope.locator('body')).toHaveAttribute('data-lesson-id', defined(expected.lessonId, 'the lesson of the place'));
  await expect(scope.locator('html')).toHaveAttribute('lang', language);
  // One reading for both: the section at the top and the distance, as the learner sees them at one moment.
  await expect.poll(async () => {
    const shown = await readShownPlace(scope);
    return { headingId: shown.headingId, withinOneScreen: Math.abs(shown.scrollY - expected.scrollY) < shown.viewportHeight };
  }, { message: 'the section shown at the top of the window, within one screen of where the learner was' }).toEqual({ headingId: expected.headingId, withinOneScreen: true });
}
