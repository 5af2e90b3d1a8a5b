/**
 * The part of the seam that copies a workspace whole (`ropa push`, `ropa pull`,
 * store/workspace-copy.ts): what the interchange document does not hold — who
 * submitted what for review, the change log with its own authors and times — and
 * the carry path that keeps authors a copy brings with it.
 *
 * On a server the database decides whose names are kept: `carryAuthors()` opens
 * the carry path for the rest of the transaction only for an admin's login (server
 * schema 4, `carrying()`); for anyone else it is refused, and the triggers go on
 * writing the login. A file keeps what it is given (it has one writer).
 */
import type { ChangeEntry } from '../workspace/change-log';
import type { ReviewSubmission } from './feature-store';

export interface CarriedSubmission extends ReviewSubmission {
  activityId: string;
}

export interface CarryReader {
  /** Every activity's review submission (that this person may see), by activity. */
  reviewSubmissions(): Promise<CarriedSubmission[]>;
}

export interface CarryWriter {
  /**
   * From here to the end of the transaction, authors and times written are the
   * ones given (change log, publisher, exporter, submitter). On a server only an
   * admin's login may: anyone else is refused with a WorkspaceError ('permission').
   */
  carryAuthors(): Promise<void>;
  /** Records who submitted an activity and when (after carryAuthors). */
  carrySubmission(s: CarriedSubmission): Promise<void>;
  /** Appends change-log entries as they are (oldest first; their ids are not kept), after carryAuthors. */
  appendHistory(entries: readonly ChangeEntry[]): Promise<void>;
  /** Removes every published notice version (a push replacing a workspace), after carryAuthors. */
  clearNoticePublications(): Promise<void>;
}
