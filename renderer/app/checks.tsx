import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ChecksResult } from '../../shared/ipc';
import { call, messageOf } from '../api';
import { notifyError } from './notify';
import { useStore } from './store';

/** Above this many activities the checks run on request only, not after every edit. */
export const AUTO_CHECK_LIMIT = 2000;

interface Checks {
  /** The last result, or null before the first run (or while a large register waits for "Check"). */
  result: ChecksResult | null;
  running: boolean;
  /** Runs the checks (again); resolves with the result, or null when they failed. */
  run(): Promise<ChecksResult | null>;
}

const ChecksContext = createContext<Checks | null>(null);

export function useChecks(): Checks {
  const checks = useContext(ChecksContext);
  if (!checks) throw new Error('useChecks outside ChecksProvider');
  return checks;
}

/**
 * One `checks:run` for the whole window (dashboard, tree, product findings, headers),
 * re-run after each reload of the register; at most one run in flight plus one queued.
 */
export function ChecksProvider({ children }: { children: ReactNode }) {
  const { revision, overview } = useStore();
  const [result, setResult] = useState<ChecksResult | null>(null);
  const [running, setRunning] = useState(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const last = useRef<ChecksResult | null>(null);

  const run = useCallback(async (): Promise<ChecksResult | null> => {
    if (inFlight.current) {
      again.current = true;
      await inFlight.current;
      return last.current;
    }
    const job = (async () => {
      setRunning(true);
      try {
        do {
          again.current = false;
          last.current = await call('checks:run', {});
          setResult(last.current);
        } while (again.current);
      } catch (e) {
        last.current = null;
        notifyError(messageOf(e));
      } finally {
        setRunning(false);
      }
    })();
    inFlight.current = job;
    try {
      await job;
    } finally {
      inFlight.current = null;
    }
    return last.current;
  }, []);

  const size = overview?.activities.length ?? 0;
  const open = overview !== null;
  useEffect(() => {
    if (open && size <= AUTO_CHECK_LIMIT) void run();
  }, [revision, open, size, run]);

  const value = useMemo<Checks>(() => ({ result, running, run }), [result, running, run]);
  return <ChecksContext.Provider value={value}>{children}</ChecksContext.Provider>;
}

/** Mean completeness of the given ids (0..1), or undefined when none is scored. */
export function meanScore(scores: Readonly<Record<string, number>>, ids?: readonly string[]): number | undefined {
  const values = (ids ?? Object.keys(scores)).map((id) => scores[id]).filter((v): v is number => v !== undefined);
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}
