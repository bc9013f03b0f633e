// @vitest-environment jsdom
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { findLmsApi, findLmsApiOfVersion, type FrameLike } from '../../../../src/runtime/scorm/find-lms-api';
import { defined } from '../../../support/defined';

type Frame = { parent?: Frame | null; opener?: Frame | null; top?: Frame | null; [name: string]: unknown };

interface Chain {
  innermost: Frame;
  /** The outermost frame, its own parent. */
  top: Frame;
  /** The frame `index` steps up from the innermost. */
  at(index: number): Frame;
}

/** A chain of `length` frames, each the child of the next; the top is its own parent. */
function createChain(length: number): Chain {
  const top: Frame = {};
  top.parent = top;
  const frames = [top];
  while (frames.length < length) frames.unshift({ parent: frames[0] });
  for (const frame of frames) frame.top = top;
  const at = (index: number) => defined(frames[index], `frame ${index} of ${length}`);
  return { innermost: at(0), top, at };
}

/** What a cross-origin window looks like to script: every property read throws. */
const crossOrigin = new Proxy({}, {
  get() {
    throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
  },
}) as FrameLike;

const api2004 = () => new Scorm2004API({ logLevel: 5 });
const api12 = () => new Scorm12API({ logLevel: 5 });

describe('findLmsApi', () => {
  it('finds API_1484_11 in the parent and in the grandparent', () => {
    const parentChain = createChain(2);
    const lms = api2004();
    parentChain.top.API_1484_11 = lms;
    expect(findLmsApi(parentChain.innermost)).toEqual({ version: '2004', api: lms });

    const grandChain = createChain(3);
    grandChain.top.API_1484_11 = lms;
    expect(findLmsApi(grandChain.innermost)?.api).toBe(lms);
  });

  it('finds the API in the opener’s parent when the frames above hold none', () => {
    const content = createChain(2).innermost;
    const opener = createChain(2);
    const lms = api12();
    opener.top.API = lms;
    content.opener = opener.innermost;
    expect(findLmsApi(content)).toEqual({ version: '1.2', api: lms });
  });

  it('finds the API through the top window’s opener (a popup launched from an LMS frame)', () => {
    const { innermost: content, top } = createChain(2);
    const launcher = createChain(1).innermost;
    const lms = api2004();
    launcher.API_1484_11 = lms;
    top.opener = launcher;
    expect(findLmsApi(content)?.api).toBe(lms);
  });

  it('prefers the requested version when an LMS offers both', () => {
    const { innermost: content, top: lmsFrame } = createChain(2);
    lmsFrame.API = api12();
    lmsFrame.API_1484_11 = api2004();
    expect(findLmsApi(content, '1.2')?.version).toBe('1.2');
    expect(findLmsApi(content, '2004')?.version).toBe('2004');
    expect(findLmsApi(content)?.version).toBe('2004');
  });

  it('falls back to the other version when the requested one is missing', () => {
    const { innermost: content, top: lmsFrame } = createChain(2);
    lmsFrame.API = api12();
    expect(findLmsApi(content, '2004')?.version).toBe('1.2');
  });

  it('stops at a cross-origin frame instead of throwing', () => {
    const content: Frame = { parent: crossOrigin as Frame };
    expect(findLmsApiOfVersion(content, '2004')).toBeUndefined();
    const openerBlocked: Frame = { get opener(): Frame { throw new DOMException('blocked', 'SecurityError'); } };
    openerBlocked.parent = openerBlocked;
    expect(findLmsApi(openerBlocked)).toBeUndefined();
  });

  it('ignores objects that only look like an API by name', () => {
    const { innermost: content, top: lmsFrame } = createChain(2);
    lmsFrame.API_1484_11 = { Initialize: () => 'true' };
    expect(findLmsApiOfVersion(content, '2004')).toBeUndefined();
  });

  it('gives up past the bounded depth', () => {
    const chain = createChain(510);
    chain.top.API_1484_11 = api2004();
    expect(findLmsApiOfVersion(chain.innermost, '2004')).toBeUndefined();
    expect(findLmsApiOfVersion(chain.at(10), '2004')).toBeDefined();
  });

  it('searches the real window without defining an API on it', () => {
    expect(findLmsApi(window)).toBeUndefined();
    expect('API' in window).toBe(false);
    expect('API_1484_11' in window).toBe(false);
  });

  it('finds an API the LMS put on the real window', () => {
    const lms = api2004();
    Object.assign(window, { API_1484_11: lms });
    try {
      expect(findLmsApi(window)?.api).toBe(lms);
    } finally {
      Reflect.deleteProperty(window, 'API_1484_11');
    }
  });
});
