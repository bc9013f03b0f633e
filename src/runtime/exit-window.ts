/** The parts of a window that leaving needs: what it is framed in, and its location. */
export interface ExitWindow {
  readonly top: ExitWindow | null;
  readonly location: { readonly href: string; replace(url: string): void };
}

/**
 * The window whose page Exit this page replaces: the whole browser window when the course is a
 * frame of a page the browser lets it reach (same origin, as Moodle serves packages from its own
 * pluginfile.php), so nothing on screen names the course, the LMS's own titles included; otherwise
 * (a cross-origin LMS) the course's own frame, the most the browser allows.
 */
function findWindowToReplace(view: ExitWindow): ExitWindow {
  const top = view.top;
  if (!top || top === view) return view;
  try {
    // Reading a cross-origin window's address throws: that window is not ours to replace.
    return top.location.href ? top : view;
  } catch {
    return view;
  }
}

/** Replaces the page without a history entry, in the widest window allowed (see findWindowToReplace). */
export function replaceOutermostPage(view: ExitWindow, url: string): void {
  const target = findWindowToReplace(view);
  if (target === view) {
    view.location.replace(url);
    return;
  }
  try {
    target.location.replace(url);
  } catch {
    // A sandboxed frame may not navigate its top window even on the same origin.
    view.location.replace(url);
  }
}
