import { WorkspaceDocument } from './document';
import { type Problem, problemsFromZod } from './problems';
import { checkReferences, referenceView } from './references';

export type ParseResult = { ok: true; document: WorkspaceDocument } | { ok: false; problems: Problem[] };

/**
 * Validates an interchange document completely, in one pass: its shape and every
 * cross-reference. When the shape is wrong the references are still checked, on a
 * loose view of what was given, so that every problem is reported at once; a
 * reference problem at a path the shape check already named is left out.
 */
export function parseWorkspaceDocument(input: unknown): ParseResult {
  const parsed = WorkspaceDocument.safeParse(input, { reportInput: true });
  if (parsed.success) {
    const problems = checkReferences(parsed.data);
    return problems.length > 0 ? { ok: false, problems } : { ok: true, document: parsed.data };
  }
  const shape = problemsFromZod(parsed.error);
  const seen = new Set(shape.map((p) => p.path));
  return { ok: false, problems: [...shape, ...checkReferences(referenceView(input)).filter((p) => !seen.has(p.path))] };
}

/** JSON text → document, with a parse error reported like any other problem. */
export function parseWorkspaceJson(json: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return { ok: false, problems: [{ path: '$', message: `is not valid JSON (${(e as Error).message.replace(/\s+/g, ' ')})` }] };
  }
  return parseWorkspaceDocument(value);
}
