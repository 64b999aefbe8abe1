import { describe, expect, it } from 'vitest';
import { findScormApi, type WindowLike } from '../../src/lms/scormApi';

// Plain objects stand in for windows: a chain of parents, an opener, and frames of another origin.

function fakeApi(name: string) {
  const answer = () => 'true';
  return { name, LMSInitialize: answer, LMSFinish: answer, LMSGetValue: () => '', LMSSetValue: answer, LMSCommit: answer, LMSGetLastError: () => '0' };
}

interface FakeWindow { API?: unknown; parent?: FakeWindow | null; opener?: FakeWindow | null }

/** A window nested `depth` frames below a top window that holds `api`. */
function nested(depth: number, api: unknown): FakeWindow {
  const top: FakeWindow = { API: api };
  top.parent = top;
  let win = top;
  for (let i = 0; i < depth; i++) win = { parent: win };
  return win;
}

/** A window whose properties throw, as a frame of another origin does. */
function foreign(parent: FakeWindow | null): WindowLike {
  return new Proxy({}, {
    get(_target, key) {
      if (key === 'parent') return parent;
      throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
    },
  }) as WindowLike;
}

describe('finding the SCORM 1.2 API', () => {
  it('finds the API in this window, in a parent, or in the top window a few frames up', () => {
    const api = fakeApi('lms');
    expect(findScormApi({ API: api })).toBe(api);
    expect(findScormApi(nested(1, api))).toBe(api);
    expect(findScormApi(nested(7, api))).toBe(api);
  });

  it('gives up beyond seven parents, as the standard\u2019s algorithm does', () => {
    expect(findScormApi(nested(8, fakeApi('far')))).toBeNull();
  });

  it('looks in the opener (and its parents) when the frames have none', () => {
    const api = fakeApi('opener');
    const popup: FakeWindow = { opener: nested(2, api) };
    popup.parent = popup;
    expect(findScormApi(popup)).toBe(api);
  });

  it('prefers the nearest API when there are two', () => {
    const near = fakeApi('near');
    const win: FakeWindow = { parent: { API: near, parent: { API: fakeApi('far') } } };
    expect(findScormApi(win)).toBe(near);
  });

  it('passes over a frame of another origin instead of failing', () => {
    const api = fakeApi('lms');
    const top: FakeWindow = { API: api };
    top.parent = top;
    expect(findScormApi({ parent: foreign(top) })).toBe(api);
    expect(findScormApi(foreign(null))).toBeNull();
  });

  it('is null outside an LMS, and for an "API" that lacks the SCORM calls', () => {
    const plain: FakeWindow = {};
    plain.parent = plain;
    expect(findScormApi(plain)).toBeNull();
    expect(findScormApi({ API: { LMSInitialize: () => 'true' } })).toBeNull();
    expect(findScormApi({ API: 'true', parent: null })).toBeNull();
    expect(findScormApi({ API: null, opener: null })).toBeNull();
  });
});
