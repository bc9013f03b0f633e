import { describe, expect, it, vi } from 'vitest';

const parse = vi.hoisted(() => ({ count: 0 }));
vi.mock('satteri', async (importOriginal) => {
  const satteri = await importOriginal<typeof import('satteri')>();
  return { ...satteri, mdxToMdast: (...args: Parameters<typeof satteri.mdxToMdast>) => (parse.count++, satteri.mdxToMdast(...args)) };
});

const { collectCourseScenarios } = await import('../../../../src/content/scenarios/collect-course-scenarios');

const scenarioBody = (scenarioId: string, to = 'end') =>
  `Text.\n\n<Scenario id="${scenarioId}" title="T">\n  <Scene id="start">\n    <Choice id="go" to="${to}">Go</Choice>\n  </Scene>\n  <Ending id="end" title="End">Done.</Ending>\n</Scenario>\n`;

describe('collectCourseScenarios', () => {
  it('returns the scenarios of every lesson in the order given', () => {
    const lessons = [
      { lessonId: 'b', file: 'order/b.mdx', body: scenarioBody('second') },
      { lessonId: 'a', file: 'order/a.mdx', body: scenarioBody('first') },
    ];
    expect(collectCourseScenarios(lessons, 'en').map((scenario) => [scenario.lessonId, scenario.id])).toEqual([['b', 'second'], ['a', 'first']]);
  });

  it('never parses a lesson without a scenario, and parses each lesson with one only once', () => {
    const lessons = [
      ...Array.from({ length: 200 }, (_, index) => ({ lessonId: `plain-${index}`, file: `cache/plain-${index}.mdx`, body: `# Lesson ${index}\n\nNo scenario here.\n` })),
      { lessonId: 'role-play', file: 'cache/role-play.mdx', body: scenarioBody('role-play') },
    ];
    const before = parse.count;
    for (let page = 0; page < 50; page++) expect(collectCourseScenarios(lessons, 'en')).toHaveLength(1);
    expect(parse.count - before).toBe(1);
  });

  it('reads a lesson again when its body changes, as in live preview', () => {
    const file = 'edit/welcome.mdx';
    expect(collectCourseScenarios([{ lessonId: 'welcome', file, body: scenarioBody('before') }], 'en')[0]?.id).toBe('before');
    expect(collectCourseScenarios([{ lessonId: 'welcome', file, body: scenarioBody('after') }], 'en')[0]?.id).toBe('after');
    expect(collectCourseScenarios([{ lessonId: 'other', file, body: scenarioBody('after') }], 'en')[0]?.lessonId).toBe('other');
    expect(collectCourseScenarios([{ lessonId: 'welcome', file, body: 'No scenario now.' }], 'en')).toEqual([]);
  });

  it('leaves out a scenario with problems, and a lesson that does not parse, instead of failing the page', () => {
    expect(collectCourseScenarios([{ lessonId: 'dangling', file: 'broken/dangling.mdx', body: scenarioBody('dangling', 'nowhere') }], 'en')).toEqual([]);
    expect(collectCourseScenarios([{ lessonId: 'broken', file: 'broken/broken.mdx', body: '<Scenario id="s">\n' }], 'en')).toEqual([]);
  });
});
