/** One Word or Excel export, as the app asks the export worker for it, and what the worker answers. */
import type { ReportScope } from '../../../shared/reports/scope';
import type { XlsxLayout } from '../../../shared/reports/workbook';
import type { ReportLang } from '../../../shared/reports/i18n';
import type { ExportResult } from './xlsx/export-xlsx';

export interface ExportRequest {
  /** The workspace file; the worker opens it read-only beside the app's own connection. */
  workspace: string;
  format: 'xlsx' | 'docx';
  scope: ReportScope;
  out: string;
  preparedBy: string;
  layout?: XlsxLayout;
  /** The report's language (default: the layout's own, else English). */
  lang?: ReportLang;
  columns?: readonly string[];
  since?: string;
  /** Word: leave out the internal "Open findings" (the copy for the supervisory authority). */
  authorityCopy?: boolean;
  /** ISO time of the export (the same on every page and property). */
  now: string;
  /** A team workspace (`workspace` is then its postgres:// URL): the login's password, kept in memory only. */
  password?: string;
}

/** An error as it crosses the thread boundary: WorkspaceError keeps its code and details. */
export interface WorkerError {
  name: string;
  message: string;
  code?: string;
  details?: readonly string[];
}

export type ExportReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ExportResult }
  | { type: 'error'; error: WorkerError };
