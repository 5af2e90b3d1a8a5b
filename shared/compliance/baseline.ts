/** Baselines: the register (or one organisation) frozen under a label, e.g. "Audit 2026". */
import type { WorkspaceDocument } from '../interchange';

export interface BaselineInfo {
  id: string;
  label: string;
  /** "workspace" or "organisation:<id>". */
  scope: string;
  /** ISO date-time. */
  createdAt: string;
  createdBy: string;
  /** Name of the organisation for an organisation scope (as frozen). */
  organisationName?: string;
  activityCount: number;
}

export interface Baseline extends BaselineInfo {
  document: WorkspaceDocument;
}

/** "Audit 2026 (whole workspace, 22 Nov 2026)": how a baseline is named in lists and reports. */
export function describeBaseline(b: BaselineInfo): string {
  const scope = b.organisationName !== undefined ? b.organisationName : 'whole workspace';
  return `“${b.label}” (${scope}, ${b.createdAt.slice(0, 10)})`;
}
