/**
 * Text cut by its box (a long select value, a tree name at 1024 px) can still be read: when the
 * pointer or the focus reaches such an input or tree label, its full text becomes its title
 * (the browser's tooltip). Text that fits gets no title. One listener for the whole window.
 */
const MARK = 'data-overflow-title';

function fullText(el: HTMLElement): string | undefined {
  if (el instanceof HTMLInputElement) return el.type === 'text' || el.type === 'search' || el.type === '' ? el.value : undefined;
  if (el.classList.contains('tree-label')) return el.textContent ?? undefined;
  return undefined;
}

function update(target: EventTarget | null): void {
  if (!(target instanceof HTMLElement)) return;
  const el = target.closest<HTMLElement>('input, .tree-label') ?? target.querySelector<HTMLElement>('.tree-label');
  if (!el) return;
  const text = fullText(el);
  if (text === undefined) return;
  const cut = el.scrollWidth > el.clientWidth + 1;
  if (cut && text.trim() !== '') {
    el.title = text;
    el.setAttribute(MARK, '');
  } else if (el.hasAttribute(MARK)) {
    el.removeAttribute('title');
    el.removeAttribute(MARK);
  }
}

export function installOverflowTitles(doc: Document): void {
  doc.addEventListener('pointerover', (e) => update(e.target), { passive: true });
  doc.addEventListener('focusin', (e) => update(e.target));
}
