import { describe, expect, it } from 'vitest';
import { checkCourseTree, type CourseOutline, type LessonOutline } from '../../../../src/content/checks/check-course-tree';
import { formatProblems } from '../../../../src/content/checks/problem';
import { CourseSchema, type Course } from '../../../../src/content/schemas/course';

function courseWith(id: string, modules: { id: string; lessons: string[] }[]): Course {
  return CourseSchema.parse({
    id,
    title: 'T',
    summary: 'S',
    language: 'en',
    version: '1.0',
    audience: 'A',
    estimatedMinutes: 10,
    objectives: ['O'],
    passMark: 80,
    support: [{ name: 'N', description: 'D' }],
    recorded: { sent: ['s'], neverSent: ['n'], whoSees: 'W' },
    modules: modules.map((module) => ({ ...module, title: 'M', summary: 'S' })),
  });
}

function lessonsFor(dir: string, ids: string[], valid = true): LessonOutline[] {
  return ids.map((id, index) => ({ file: `${dir}/lessons/${index}.mdx`, id, idLine: 2, valid }));
}

/** Lines in course.yaml: module i starts on line 10 * (i + 1); its lesson j sits on the lines after. */
function outline(dir: string, course: Course | undefined, lessons: LessonOutline[]): CourseOutline {
  return {
    file: `${dir}/course.yaml`,
    course,
    lessons,
    lineAt: (path) => {
      if (path[0] === 'id') return 1;
      if (path[0] !== 'modules' || typeof path[1] !== 'number') return undefined;
      return 10 * (path[1] + 1) + (path[2] === 'lessons' && typeof path[3] === 'number' ? path[3] + 1 : 0);
    },
  };
}

describe('checkCourseTree', () => {
  it('finds nothing wrong when every lesson is listed once and every listed lesson exists', () => {
    const course = courseWith('a', [{ id: 'm1', lessons: ['one'] }, { id: 'm2', lessons: ['two'] }]);
    expect(checkCourseTree([outline('c/a', course, lessonsFor('c/a', ['one', 'two']))])).toEqual([]);
  });

  it('reports a lesson id that would replace one of the course\'s own pages', () => {
    const course = courseWith('a', [{ id: 'm', lessons: ['search', 'one'] }]);
    expect(formatProblems(checkCourseTree([outline('c/a', course, lessonsFor('c/a', ['search', 'one']))]))).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      c/a/lessons/0.mdx:2:1 (lesson "search")
        The lesson id "search" is the name of a page every course has, so the lesson would replace it.
        Fix: Choose another id, e.g. "search-lesson". Reserved ids: index, search, search-index, recorded, take-a-break, exit."
    `);
  });

  it('reports a course id used twice, on the second course', () => {
    const courses = ['c/a', 'c/b'].map((dir) => outline(dir, courseWith('same', [{ id: 'm', lessons: ['x'] }]), lessonsFor(dir, ['x'])));
    expect(formatProblems(checkCourseTree(courses))).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      c/b/course.yaml:1:1 (course "same")
        The course id "same" is already used by c/a/course.yaml.
        Fix: Give each course its own \`id\`: web addresses, package names and saved progress depend on it. A language version of a course keeps its \`id\` and says \`translatedFrom: <the language of the course it translates>\`."
    `);
  });

  it('reports a lesson listed twice, in the same module or in another one', () => {
    const course = courseWith('a', [{ id: 'm1', lessons: ['one', 'one'] }, { id: 'm2', lessons: ['one'] }]);
    expect(formatProblems(checkCourseTree([outline('c/a', course, lessonsFor('c/a', ['one']))]))).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      c/a/course.yaml:12:1 (module "m1")
        The module lists the lesson "one", which it already lists.
        Fix: List each lesson once, in one module only.

      c/a/course.yaml:21:1 (module "m2")
        The module lists the lesson "one", which module "m1" already lists.
        Fix: List each lesson once, in one module only."
    `);
  });

  it('points a module at a lesson whose own id is invalid, and does not call the corrected id missing', () => {
    const course = courseWith('a', [{ id: 'm', lessons: ['welcome', 'listening'] }]);
    const lessons = [...lessonsFor('c/a', ['Welcome'], false), { file: 'c/a/lessons/l.mdx', id: 'Listening Well', valid: false }];
    expect(formatProblems(checkCourseTree([outline('c/a', course, lessons)]))).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      c/a/course.yaml:12:1 (module "m")
        The module lists the lesson "listening", but no lesson in this course has that id.
        Fix: Did you mean the lesson in c/a/lessons/l.mdx? Its id "Listening Well" is not a valid id: change it to \`id: listening\`."
    `);
  });

  it('does not call a lesson with frontmatter problems unlisted: that problem is reported already', () => {
    const course = courseWith('a', [{ id: 'm', lessons: ['one'] }]);
    const lessons = [...lessonsFor('c/a', ['one']), ...lessonsFor('c/a/drafts', ['two'], false)];
    expect(checkCourseTree([outline('c/a', course, lessons)])).toEqual([]);
  });

  it('still checks lesson ids against each other when course.yaml has problems of its own', () => {
    const problems = checkCourseTree([outline('c/a', undefined, lessonsFor('c/a', ['one', 'one']))]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'The lesson id "one" is already used by c/a/lessons/0.mdx.',
    ]);
  });
});
