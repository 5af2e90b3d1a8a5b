/**
 * Findings land on the exact field (issue 12): every editor input carries
 * `data-field-path` (the record path with list positions as numbers,
 * "purposes.2.legalBasis"), every editor's root `data-record="KIND:ID"` and its
 * title `data-record-title`. A click on a finding asks for its target; the editor
 * of that record switches to the tab (and section) that shows the field, and the
 * field is scrolled into view, focused and highlighted for a few seconds. A target
 * without a field focuses the record's title.
 */
import { useEffect, useRef } from 'react';
import type { EntityType, FindingTarget } from '../../shared/compliance';

/** How long the highlight stays, and how long we wait for the record and its tab to render. */
export const FLASH_MS = 4000;
const WAIT_MS = 5000;

/** "purposes[2].legalBasis" → "purposes.2.legalBasis" (the form's own paths). */
export function fieldPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** The attribute every input of an editor carries, derived from its field path. */
export function fp(path: string): { 'data-field-path': string } {
  return { 'data-field-path': path };
}

/** The attribute of an editor's root element. */
export function recordScope(kind: EntityType, id: string): { 'data-record': string } {
  return { 'data-record': `${kind}:${id}` };
}

/**
 * The paths an editor renders, in document order, that stand for `path`: the field
 * itself, or the first field inside it (a whole row "recipients.2" → its first input).
 * Pure, so the unit test can ask it of rendered HTML.
 */
export function matchPath(path: string, rendered: readonly string[]): string | undefined {
  if (rendered.includes(path)) return path;
  return rendered.find((p) => p.startsWith(`${path}.`));
}

/** "notice.sections.KEY[.LANG]" → the section (and language) whose own wording the path names. */
export function noticeSectionOf(path: string | undefined): { key: string; lang: string | undefined } | undefined {
  const [head, sections, key, lang] = path?.split('.') ?? [];
  return head === 'notice' && sections === 'sections' && key !== undefined ? { key, lang } : undefined;
}

export interface FocusRequest {
  entityType: EntityType;
  entityId: string;
  /** The form path, or undefined for the whole record. */
  path: string | undefined;
  at: number;
}

let live: FocusRequest | null = null;
let poll = 0;
const listeners = new Set<(r: FocusRequest) => void>();

/** Asks for a finding's target: the record's editor shows the field's tab, then the field is focused. */
export function requestFocus(target: Pick<FindingTarget, 'entityType' | 'entityId' | 'field'>): void {
  const request: FocusRequest = { entityType: target.entityType, entityId: target.entityId, path: target.field === undefined ? undefined : fieldPath(target.field), at: Date.now() };
  live = request;
  for (const l of listeners) l(request);
  if (typeof window === 'undefined') return;
  window.cancelAnimationFrame(poll);
  const step = () => {
    if (live !== request) return;
    // Give the editor a moment to switch its tab: the tab it showed may hold a field under the same path.
    if (Date.now() - request.at < 80) {
      poll = window.requestAnimationFrame(step);
      return;
    }
    const scope = document.querySelector<HTMLElement>(`[data-record="${request.entityType}:${CSS.escape(request.entityId)}"]`);
    const el = scope ? findIn(scope, request.path) : null;
    if (el) {
      live = null;
      focusAndFlash(el, scope);
      return;
    }
    if (Date.now() - request.at > WAIT_MS) {
      live = null;
      const title = scope?.querySelector<HTMLElement>('[data-record-title]');
      if (title) focusAndFlash(title, scope);
      return;
    }
    poll = window.requestAnimationFrame(step);
  };
  poll = window.requestAnimationFrame(step);
}

/**
 * Lets an editor (or a part of it) bring a requested field into view: `show` gets the
 * field's path (undefined: the whole record) and switches tabs or sections. Called for
 * a request made before the editor mounted too (the record loads after the click).
 */
export function useFocusRequest(entityType: EntityType, entityId: string, show: (path: string | undefined) => void): void {
  const ref = useRef(show);
  ref.current = show;
  useEffect(() => {
    const on = (r: FocusRequest) => {
      if (r.entityType === entityType && r.entityId === entityId) ref.current(r.path);
    };
    if (live !== null && Date.now() - live.at < WAIT_MS) on(live);
    listeners.add(on);
    return () => {
      listeners.delete(on);
    };
  }, [entityType, entityId]);
}

function findIn(scope: HTMLElement, path: string | undefined): HTMLElement | null {
  if (path === undefined) return scope.querySelector<HTMLElement>('[data-record-title]');
  const nodes = [...scope.querySelectorAll<HTMLElement>('[data-field-path]')];
  const found = matchPath(
    path,
    nodes.map((n) => n.dataset.fieldPath ?? ''),
  );
  return found === undefined ? null : (nodes.find((n) => n.dataset.fieldPath === found) ?? null);
}

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-2"])';

/** Scrolls to the field, focuses it (or the first focusable control of its wrapper) and highlights its box. */
export function focusAndFlash(el: HTMLElement, scope?: HTMLElement | null): void {
  const box = el.closest<HTMLElement>('.mantine-InputWrapper-root, .mantine-Checkbox-root, .mantine-Switch-root, [data-flash-box]') ?? el;
  const target = el.matches(FOCUSABLE) && !(el instanceof HTMLInputElement && el.type === 'hidden') ? el : (box.querySelector<HTMLElement>(FOCUSABLE) ?? el);
  box.scrollIntoView({ block: 'center', behavior: 'auto' });
  // A field of a locked record (an approved activity) cannot take the focus: the button that unlocks it does.
  const locked = target.matches(':disabled') || target.closest('fieldset:disabled') !== null;
  const unlock = locked ? scope?.querySelector<HTMLElement>('[data-unlock]:not(:disabled)') : null;
  (unlock ?? target).focus({ preventScroll: true });
  for (const old of document.querySelectorAll('[data-flash]')) old.removeAttribute('data-flash');
  box.setAttribute('data-flash', '');
  window.setTimeout(() => box.removeAttribute('data-flash'), FLASH_MS);
}
