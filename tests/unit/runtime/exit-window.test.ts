import { describe, expect, it, vi } from 'vitest';
import { replaceOutermostPage, type ExitWindow } from '../../../src/runtime/exit-window';

interface FakeWindow extends ExitWindow {
  replaced: string[];
}

function createWindow(options: { top?: FakeWindow; crossOrigin?: boolean; blocksReplace?: boolean } = {}): FakeWindow {
  const replaced: string[] = [];
  const location = {
    get href(): string {
      if (options.crossOrigin) throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      return 'https://lms.example/mod/scorm/player.php';
    },
    replace: vi.fn((url: string) => {
      if (options.blocksReplace) throw new DOMException('The frame is sandboxed.', 'SecurityError');
      replaced.push(url);
    }),
  };
  const view: FakeWindow = { top: null, location, replaced };
  Object.defineProperty(view, 'top', { value: options.top ?? view });
  return view;
}

const exitPage = 'https://lms.example/pluginfile.php/42/mod_scorm/content/1/courses/peer-basics/exit.html';

describe('Exit this page replaces', () => {
  it('the whole window when the course is a frame of a same-origin LMS page (Moodle)', () => {
    const lms = createWindow();
    const course = createWindow({ top: lms });
    replaceOutermostPage(course, exitPage);
    expect(lms.replaced).toEqual([exitPage]);
    expect(course.replaced).toEqual([]);
  });

  it('only the course frame when the LMS page is on another origin', () => {
    const lms = createWindow({ crossOrigin: true });
    const course = createWindow({ top: lms });
    replaceOutermostPage(course, exitPage);
    expect(course.replaced).toEqual([exitPage]);
    expect(lms.replaced).toEqual([]);
  });

  it('only the course frame when a sandbox forbids navigating the top window', () => {
    const lms = createWindow({ blocksReplace: true });
    const course = createWindow({ top: lms });
    replaceOutermostPage(course, exitPage);
    expect(course.replaced).toEqual([exitPage]);
  });

  it('the page itself where the course has a window of its own', () => {
    const site = createWindow();
    replaceOutermostPage(site, exitPage);
    expect(site.replaced).toEqual([exitPage]);
  });
});
