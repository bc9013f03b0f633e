import { useCallback, useEffect, useState } from 'react';
import type { ScenarioState } from '../../core/scenario/scenario-state';
import type { InteractionRecord } from '../../core/scorm/interaction';
import { connectScenarioSession, type ScenarioSession } from '../../runtime/scenario/scenario-session';
import type { ScenarioConnection } from './scenario-connection';

interface Connected {
  session: ScenarioSession | undefined;
  saved: ScenarioState | undefined;
  saving: boolean;
}

function readSaved(session: ScenarioSession, scenarioId: string): ScenarioState | undefined {
  try {
    return session.readScenarioState(scenarioId);
  } catch {
    return undefined; // an unreadable saved place starts the scenario afresh rather than not at all
  }
}

/**
 * Connects to the course tracker after the first render and reads the saved place. Without
 * tracking the scenario still plays; the learner is told their place is not kept.
 */
export function useScenarioSession(scenarioId: string): ScenarioConnection {
  const [connected, setConnected] = useState<Connected>();

  useEffect(() => {
    let active = true;
    connectScenarioSession().then(
      (session) => active && setConnected({ session, saved: readSaved(session, scenarioId), saving: true }),
      () => active && setConnected({ session: undefined, saved: undefined, saving: false }),
    );
    return () => {
      active = false;
    };
  }, [scenarioId]);

  const session = connected?.session;
  const save = useCallback((state: ScenarioState, interactions: readonly InteractionRecord[]) => {
    if (!session) return;
    let saving = true;
    try {
      session.saveScenario(scenarioId, state, interactions);
    } catch {
      // The learner keeps playing; a notice says their place is not being kept.
      saving = false;
    }
    setConnected((previous) => (previous && previous.saving !== saving ? { ...previous, saving } : previous));
  }, [session, scenarioId]);

  return { ready: connected !== undefined, saving: connected?.saving ?? true, saved: connected?.saved, save };
}
