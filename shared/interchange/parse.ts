import { WorkspaceDocument } from './document';
import { type Problem, problemsFromZod } from './problems';
import { checkReferences } from './references';

export type ParseResult = { ok: true; document: WorkspaceDocument } | { ok: false; problems: Problem[] };

/** Validates an interchange document completely: shape first, then every cross-reference. */
export function parseWorkspaceDocument(input: unknown): ParseResult {
  const parsed = WorkspaceDocument.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const problems = checkReferences(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document: parsed.data };
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
