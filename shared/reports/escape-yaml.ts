import { Document, isScalar, visit } from 'yaml';

/** What a YAML export never writes as a raw character: controls, bidi overrides and isolates, noncharacters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/**
 * YAML text of `value` as an export writes it (issue 14): lossless, like the JSON
 * export, but every string holding a control, bidi override or noncharacter is
 * written double-quoted with those characters as `\uXXXX` escapes, so that a
 * terminal or an editor showing the file does not act on them.
 */
export function stringifyYamlSafe(value: unknown, options: { lineWidth?: number } = {}): string {
  const doc = new Document(value);
  let any = false;
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && UNSAFE.test(node.value)) {
        node.type = 'QUOTE_DOUBLE';
        any = true;
      }
    },
  });
  const text = doc.toString({ lineWidth: options.lineWidth ?? 0 });
  // Only double-quoted scalars can hold these characters now; there `\uXXXX` is YAML's own escape.
  return any ? text.replace(UNSAFE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
}
