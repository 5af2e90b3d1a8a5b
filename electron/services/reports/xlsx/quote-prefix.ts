/**
 * The quote-prefix cell style (ISO/IEC 29500-1 §18.8.45, `<xf quotePrefix="1">`) for exceljs,
 * which does not write it yet (exceljs/exceljs PR #2809 is open). A text cell that Excel would
 * take for a formula once edited ("+49 30 …", "=cmd…") is written as plain text with this
 * style: the cell shows the text as typed, without the apostrophe the guard used to put in
 * front, and Excel and LibreOffice keep it text when it is edited (the formula bar shows the
 * apostrophe). The value itself is a string cell, never a formula.
 *
 * A style object with `quotePrefix: true` gets an `xf` of its own with the attribute: the
 * patch wraps exceljs's StylesXform.addStyleModel/_addStyle and StyleXform.render (4.4.0),
 * and is checked by tests/integration/reports-quote-prefix.test.ts against the file written.
 */
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';
import StyleXform from 'exceljs/lib/xlsx/xform/style/style-xform';

const QUOTE = Symbol('quotePrefix');
type Styles = { [QUOTE]?: boolean };

let installed = false;

/** Teaches exceljs to write `quotePrefix` on a style that asks for it (idempotent). */
export function installQuotePrefix(): void {
  if (installed) return;
  installed = true;
  const addStyleModel = StylesXform.prototype.addStyleModel;
  StylesXform.prototype.addStyleModel = function (this: Styles, model, cellType) {
    if ((model as { quotePrefix?: boolean } | undefined)?.quotePrefix !== true) return addStyleModel.call(this, model, cellType);
    this[QUOTE] = true;
    try {
      return addStyleModel.call(this, model, cellType);
    } finally {
      this[QUOTE] = false;
    }
  };
  const addStyle = StylesXform.prototype._addStyle;
  StylesXform.prototype._addStyle = function (this: Styles, style) {
    return addStyle.call(this, this[QUOTE] === true ? { ...style, quotePrefix: true } : style);
  };
  const render = StyleXform.prototype.render;
  StyleXform.prototype.render = function (xmlStream, model) {
    if (model.quotePrefix !== true) return render.call(this, xmlStream, model);
    const open = xmlStream.openNode;
    xmlStream.openNode = function (this: typeof xmlStream, name: string, attributes?: Record<string, unknown>) {
      open.call(this, name, attributes);
      if (name === 'xf') this.addAttribute('quotePrefix', '1');
    };
    try {
      render.call(this, xmlStream, model);
    } finally {
      delete (xmlStream as Partial<typeof xmlStream>).openNode;
      if (xmlStream.openNode !== open) xmlStream.openNode = open;
    }
  };
}

const variants = new WeakMap<object, object>();

/** The same style with the quote prefix, one shared object per style (exceljs caches style ids by object). */
export function quotePrefixed<T extends object>(style: T): T & { quotePrefix: true } {
  let v = variants.get(style);
  if (v === undefined) variants.set(style, (v = { ...style, quotePrefix: true }));
  return v as T & { quotePrefix: true };
}
