import { useVirtualizer } from '@tanstack/react-virtual';
import { IconBox, IconBuildingSkyscraper, IconChevronDown, IconChevronRight, IconFileDescription, IconFolder, IconPencil } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecksResult } from '../../shared/ipc';
import { useChecks } from './checks';
import { errorsUnder, shownPercent } from './Completeness';
import { completenessText } from './completeness-words';
import { useDraftHolders } from './draft-holders';
import type { RegisterIndex } from './store';
import { useStore } from './store';
import type { View } from './view';
import { EmptyList } from '../forms/EmptyList';
import { NewRecordButton } from '../dialogs/NewRecordModal';

type Row =
  | { kind: 'organisation'; id: string; label: string; level: 1; expandable: true; count: number }
  | { kind: 'product'; id: string; label: string; level: 2; expandable: true; count: number }
  | { kind: 'loose'; id: string; label: string; level: 2; expandable: true; count: number }
  | { kind: 'activity'; id: string; label: string; level: 3 | 2; expandable: false; status: string };

const ROW_HEIGHT = 28;

function rowsOf(index: RegisterIndex, expanded: ReadonlySet<string>, looseLabel: string): Row[] {
  const rows: Row[] = [];
  const orgs = [...index.organisations.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  for (const o of orgs) {
    const products = index.productsByOrg.get(o.id) ?? [];
    const loose = index.looseByOrg.get(o.id) ?? [];
    rows.push({ kind: 'organisation', id: o.id, label: o.name, level: 1, expandable: true, count: products.length });
    if (!expanded.has(o.id)) continue;
    for (const p of products) {
      const acts = index.activitiesByProduct.get(p.id) ?? [];
      rows.push({ kind: 'product', id: p.id, label: p.name, level: 2, expandable: true, count: acts.length });
      if (expanded.has(p.id)) for (const a of acts) rows.push({ kind: 'activity', id: a.id, label: a.name, level: 3, expandable: false, status: a.status });
    }
    if (loose.length > 0) {
      const key = `loose:${o.id}`;
      rows.push({ kind: 'loose', id: key, label: looseLabel, level: 2, expandable: true, count: loose.length });
      if (expanded.has(key)) for (const a of loose) rows.push({ kind: 'activity', id: a.id, label: a.name, level: 3, expandable: false, status: a.status });
    }
  }
  return rows;
}

/** Keys to expand so that the record in view is visible in the tree. */
function ancestorsOf(view: View, index: RegisterIndex): string[] {
  if (view.kind === 'organisation') return [view.id];
  if (view.kind === 'product') return [index.products.get(view.id)?.organisationId ?? '', view.id];
  if (view.kind === 'activity') {
    const a = index.activities.get(view.id);
    if (!a) return [];
    return [a.organisationId, a.productId ?? `loose:${a.organisationId}`];
  }
  return [];
}

/**
 * Organisations → products → processing activities as one virtualised tree: only the
 * rows in sight are in the DOM, whether a product has ten activities or ten thousand.
 */
export function RegisterTree() {
  const { t } = useTranslation();
  const { index, view, navigate } = useStore();
  const { result: checks } = useChecks();
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(index ? [...index.organisations.keys()] : []));
  const [focus, setFocus] = useState(0);
  const parent = useRef<HTMLDivElement>(null);
  const holders = useDraftHolders();
  const draftsOf = (row: Row) => (row.kind === 'loose' ? 0 : holders.fieldsOf(row.kind, row.id));

  useEffect(() => {
    if (!index) return;
    const need = ancestorsOf(view, index).filter((k) => k !== '' && !expanded.has(k));
    if (need.length > 0) setExpanded((s) => new Set([...s, ...need]));
    // only when the view changes
  }, [view, index]);

  const rows = useMemo(() => (index ? rowsOf(index, expanded, t('nav.withoutProduct')) : []), [index, expanded, t]);
  // Sizes are measured per row (names wrap), so they are kept by the row's identity, not its position.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => `${rows[i]?.kind ?? ''}:${rows[i]?.id ?? i}:${rows[i]?.label ?? ''}`,
    overscan: 6,
  });

  const selectedIndex = rows.findIndex((r) => r.kind === view.kind && r.id === ('id' in view ? view.id : ''));
  useEffect(() => {
    if (selectedIndex >= 0) {
      setFocus(selectedIndex);
      virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    }
  }, [selectedIndex]);

  const toggle = (key: string, open?: boolean) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (open ?? !next.has(key)) next.add(key);
      else next.delete(key);
      return next;
    });

  const activate = (row: Row) => {
    if (row.kind === 'loose') toggle(row.id);
    else if (row.kind === 'product' || row.kind === 'organisation') {
      if (!expanded.has(row.id)) toggle(row.id, true);
      navigate({ kind: row.kind, id: row.id });
    } else navigate({ kind: 'activity', id: row.id });
  };

  const moveTo = (i: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, i));
    setFocus(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    requestAnimationFrame(() => parent.current?.querySelector<HTMLElement>(`[data-index="${target}"]`)?.focus());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = rows[focus];
    if (!row) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(focus + 1),
      ArrowUp: () => moveTo(focus - 1),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      ArrowRight: () => row.expandable && toggle(row.id, true),
      ArrowLeft: () => (row.expandable && expanded.has(row.id) ? toggle(row.id, false) : moveTo(parentIndex(rows, focus))),
      Enter: () => activate(row),
      ' ': () => activate(row),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  if (index && index.organisations.size === 0)
    return (
      <div className="tree-empty">
        <EmptyList testId="empty-tree" text={t('emptyList.tree')}>
          <NewRecordButton kind="organisation" />
        </EmptyList>
      </div>
    );
  return (
    <div ref={parent} className="tree-scroll" role="tree" aria-label={t('nav.tree')} onKeyDown={onKeyDown} data-testid="register-tree">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const open = row.expandable && expanded.has(row.id);
          const selected = item.index === selectedIndex;
          return (
            <div
              key={`${row.kind}:${row.id}`}
              data-index={item.index}
              ref={virtualizer.measureElement}
              data-kind={row.kind}
              role="treeitem"
              aria-level={row.level}
              aria-expanded={row.expandable ? open : undefined}
              aria-selected={selected}
              tabIndex={item.index === focus ? 0 : -1}
              className="tree-row"
              style={{ transform: `translateY(${item.start}px)`, minHeight: ROW_HEIGHT, paddingLeft: 8 + (row.level - 1) * 16 }}
              onClick={() => {
                setFocus(item.index);
                activate(row);
              }}
              aria-description={[draftsOf(row) > 0 ? t('drafts.treeMark') : undefined, completenessText(scoreOf(checks, row), row.kind === 'loose' ? 0 : errorsUnder(checks?.findings, row.id), row.label, t)].filter(Boolean).join('; ') || undefined}
            >
              {row.expandable ? (
                <span
                  className="tree-chevron"
                  aria-hidden="true"
                  onClick={(e) => {
                    e.stopPropagation();
                    toggle(row.id);
                  }}
                >
                  {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                </span>
              ) : (
                <span className="tree-chevron" />
              )}
              <RowIcon kind={row.kind} />
              <span className="tree-label">{row.label}</span>
              {draftsOf(row) > 0 && (
                <span className="tree-draft" data-testid="tree-draft" title={t('drafts.treeMark')} aria-hidden="true">
                  <IconPencil size={12} />
                </span>
              )}
              <TreeCompleteness score={scoreOf(checks, row)} name={row.label} errors={row.kind === 'loose' ? 0 : errorsUnder(checks?.findings, row.id)} />
              {row.kind === 'activity' ? (
                <span className={`tree-status status-${row.status}`} aria-hidden="true" />
              ) : (
                <span className="tree-count" aria-hidden="true">{row.count}</span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function scoreOf(checks: ChecksResult | null, row: Row): number | undefined {
  if (!checks) return undefined;
  const c = checks.completeness;
  return row.kind === 'activity' ? c.activities[row.id] : row.kind === 'product' ? c.products[row.id] : row.kind === 'organisation' ? c.organisations[row.id] : undefined;
}

/** A 24-pixel bar: how complete the record's Art. 30 fields are; the percentage is in its label and tooltip. */
function TreeCompleteness({ score, name, errors }: { score: number | undefined; name: string; errors: number }) {
  const { t } = useTranslation();
  if (score === undefined) return null;
  const p = shownPercent(score, errors);
  const level = score >= 0.9 ? 'high' : score >= 0.7 ? 'mid' : 'low';
  const label = t('findings.completenessOf', { name, percent: p });
  return (
    <span className={`tree-complete complete-${level}`} aria-hidden="true" title={label} data-testid="tree-completeness" data-percent={p}>
      <span style={{ width: `${p}%` }} />
    </span>
  );
}

function RowIcon({ kind }: { kind: Row['kind'] }) {
  const size = 15;
  switch (kind) {
    case 'organisation':
      return <IconBuildingSkyscraper size={size} className="tree-icon" />;
    case 'product':
      return <IconBox size={size} className="tree-icon" />;
    case 'loose':
      return <IconFolder size={size} className="tree-icon" />;
    case 'activity':
      return <IconFileDescription size={size} className="tree-icon" />;
  }
}

function parentIndex(rows: Row[], i: number): number {
  const level = rows[i]?.level ?? 1;
  for (let j = i - 1; j >= 0; j--) if ((rows[j]?.level ?? 1) < level) return j;
  return i;
}
