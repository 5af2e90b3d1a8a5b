import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ActivitySummary, HistoryState, Overview, WorkspaceState } from '../../shared/ipc';
import type { Organisation, Product, Vendor } from '../../shared/model';
import { ApiError, call, messageOf, onEvent } from '../api';
import { refreshDraftHolders } from './draft-holders';
import { flushAll } from './status';
import type { View } from './view';
import { notifyError } from './notify';
import { askStepReason } from '../dialogs/StepReasonDialog';

/** Lookups derived once per overview, so that 10,000 activities stay cheap to navigate. */
export interface RegisterIndex {
  organisations: Map<string, Organisation>;
  products: Map<string, Product>;
  vendors: Map<string, Vendor>;
  activities: Map<string, ActivitySummary>;
  productsByOrg: Map<string, Product[]>;
  activitiesByProduct: Map<string, ActivitySummary[]>;
  /** Activities of an organisation that belong to no product. */
  looseByOrg: Map<string, ActivitySummary[]>;
}

export function buildIndex(o: Overview): RegisterIndex {
  const push = <T,>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const productsByOrg = new Map<string, Product[]>();
  for (const p of o.products) push(productsByOrg, p.organisationId, p);
  const activitiesByProduct = new Map<string, ActivitySummary[]>();
  const looseByOrg = new Map<string, ActivitySummary[]>();
  for (const a of o.activities) {
    if (a.productId !== undefined) push(activitiesByProduct, a.productId, a);
    else push(looseByOrg, a.organisationId, a);
  }
  return {
    organisations: new Map(o.organisations.map((x) => [x.id, x])),
    products: new Map(o.products.map((x) => [x.id, x])),
    vendors: new Map(o.vendors.map((x) => [x.id, x])),
    activities: new Map(o.activities.map((x) => [x.id, x])),
    productsByOrg,
    activitiesByProduct,
    looseByOrg,
  };
}

export interface NewActivityContext {
  organisationId?: string;
  productId?: string;
}

export interface Store {
  overview: Overview | null;
  /** The open workspace's state when its overview could not be read (a damaged file): what the header still shows, with the offer to restore. */
  unreadable: WorkspaceState | null;
  index: RegisterIndex | null;
  loaded: boolean;
  /** The open workspace is the bundled sample (said wherever it is shown). */
  sample: boolean;
  history: HistoryState;
  /** Bumped on every reload: editors of records not in the overview re-read theirs. */
  revision: number;
  /** Bumped on undo/redo: editors drop their drafts and show the restored record. */
  resetToken: number;
  view: View;
  navigate(view: View): void;
  reload(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  newActivity: NewActivityContext | null;
  openNewActivity(context?: NewActivityContext): void;
  closeNewActivity(): void;
}

/** Exported for the editor's server-rendered unit tests (tests/unit/editor-finding-fields.test.ts), which give it a register of their own. */
export const StoreContext = createContext<Store | null>(null);

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside WorkspaceProvider');
  return store;
}

/** The loaded register: the overview, an index over it, history state and the current view. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [unreadable, setUnreadable] = useState<WorkspaceState | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [sample, setSample] = useState(false);
  const [history, setHistory] = useState<HistoryState>({ canUndo: false, canRedo: false });
  const [revision, setRevision] = useState(0);
  const [resetToken, setResetToken] = useState(0);
  const [view, setView] = useState<View>({ kind: 'dashboard' });
  const [newActivity, setNewActivity] = useState<NewActivityContext | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const load = useCallback(async () => {
    try {
      const [o, h] = await Promise.all([call('workspace:overview', {}), call('history:state', {})]);
      setOverview(o);
      setUnreadable(null);
      setHistory(h);
      if (o) void refreshDraftHolders().catch(() => undefined);
      setSample(o ? await call('workspace:isSample', {}).catch(() => false) : false);
      setRevision((r) => r + 1);
    } catch (e) {
      notifyError(messageOf(e));
      setUnreadable(await call('workspace:state', {}).catch(() => null));
    } finally {
      setLoaded(true);
    }
  }, []);

  /** Coalesces bursts of change events into at most one reload in flight plus one queued. */
  const reload = useCallback(async (): Promise<void> => {
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const run = (async () => {
      do {
        again.current = false;
        await load();
      } while (again.current);
    })();
    inFlight.current = run;
    try {
      await run;
    } finally {
      inFlight.current = null;
    }
  }, [load]);

  useEffect(() => {
    void reload();
    return onEvent('workspace:changed', () => void reload());
  }, [reload]);

  const step = useCallback(
    async (which: 'history:undo' | 'history:redo') => {
      try {
        await flushAll();
        try {
          setHistory(await call(which, {}));
        } catch (e) {
          // An approved activity the step would change: ask why first, as an edit does (issue 12).
          if (!(e instanceof ApiError && e.code === 'reason_required')) throw e;
          const reason = await askStepReason(which === 'history:undo' ? 'undo' : 'redo', e.message);
          if (reason === null) return;
          setHistory(await call(which, { reason }));
        }
        setResetToken((t) => t + 1);
      } catch (e) {
        notifyError(messageOf(e));
      }
      await reload();
    },
    [reload],
  );

  const index = useMemo(() => (overview ? buildIndex(overview) : null), [overview]);
  const value = useMemo<Store>(
    () => ({
      overview,
      unreadable,
      index,
      loaded,
      sample,
      history,
      revision,
      resetToken,
      view,
      navigate: setView,
      reload,
      undo: () => step('history:undo'),
      redo: () => step('history:redo'),
      newActivity,
      openNewActivity: (context = {}) => setNewActivity(context),
      closeNewActivity: () => setNewActivity(null),
    }),
    [overview, unreadable, index, loaded, sample, history, revision, resetToken, view, reload, step, newActivity],
  );
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}
