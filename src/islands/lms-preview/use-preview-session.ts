import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { createFirstLaunchCmi, createRelaunchCmi, launchCourse, loadScormAgain, type CourseLaunch, type FlatCmi } from '../../runtime/lms-emulator';
import type { LaunchMode } from '../../runtime/lms-emulator/relaunch-cmi';
import { toLaunchUrl, type PreviewSettings } from './preview-settings';

export interface PreviewSession {
  /** 1 for the first launch on this page, counting up. */
  number: number;
  settings: PreviewSettings;
  mode: LaunchMode;
  state: 'loading' | 'running' | 'ended';
  launch: CourseLaunch | undefined;
}

/**
 * Runs one emulated LMS session after another in `frameHost`: launch a new attempt, end the session
 * (the course's frame goes, as when a learner closes an LMS's player), relaunch from what this attempt
 * stored (resume, or review), and switch commit refusals on and off. `changes` counts API calls, so
 * the panels redraw as the course talks to the LMS.
 */
export function usePreviewSession(frameHost: RefObject<HTMLDivElement | null>) {
  const [session, setSession] = useState<PreviewSession | undefined>();
  const [changes, setChanges] = useState(0);
  const current = useRef<PreviewSession | undefined>(undefined);
  // What the LMS holds for this attempt: the last session's last commit, or what the one before kept.
  const attempt = useRef<FlatCmi>({});

  const update = useCallback((next: PreviewSession) => {
    current.current = next;
    setSession(next);
  }, []);

  const end = useCallback(() => {
    const running = current.current;
    if (!running || running.state !== 'running') return;
    running.launch?.end();
    attempt.current = running.launch?.lms?.stored ?? attempt.current;
    update({ ...running, state: 'ended' });
  }, [update]);

  const start = useCallback(
    async (settings: PreviewSettings, stored: FlatCmi, mode: LaunchMode) => {
      end();
      const number = (current.current?.number ?? 0) + 1;
      update({ number, settings, mode, state: 'loading', launch: undefined });
      const ScormAgain = await loadScormAgain(settings.version);
      const host = frameHost.current;
      if (!host || current.current?.number !== number) return;
      const launch = launchCourse(host, {
        version: settings.version,
        preset: settings.preset,
        ScormAgain,
        stored,
        launchUrl: toLaunchUrl(settings, window.location.href),
        // Calls arrive while React may be committing (a frame's pagehide): redraw after it.
        onCall: () => queueMicrotask(() => setChanges((count) => count + 1)),
      });
      update({ number, settings, mode, state: 'running', launch });
    },
    [end, frameHost, update],
  );

  const newAttempt = useCallback((settings: PreviewSettings) => {
    attempt.current = {};
    return start(settings, createFirstLaunchCmi(settings.version), 'normal');
  }, [start]);

  const relaunch = useCallback((mode: LaunchMode) => {
    const last = current.current;
    if (!last) return Promise.resolve();
    end();
    const { version, preset } = last.settings;
    return start(last.settings, createRelaunchCmi(version, attempt.current, preset, mode), mode);
  }, [end, start]);

  const setRefusingCommits = useCallback((refusing: boolean) => {
    const lms = current.current?.launch?.lms;
    if (!lms) return;
    lms.faults = { ...lms.faults, commit: refusing ? 'false' : undefined };
    setChanges((count) => count + 1);
  }, []);

  useEffect(() => () => current.current?.launch?.end(), []);

  return { session, changes, newAttempt, relaunch, end, setRefusingCommits };
}
