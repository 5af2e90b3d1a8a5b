import type { AnyRecord, RecordKind } from './store';
import { WorkspaceError } from '../workspace/errors';

/** What a refused save tells the person: whose change got there first, when, and that version. */
export interface ConflictDetails {
  kind: RecordKind;
  id: string;
  name: string;
  /** Who made the change this save did not know about. */
  changedBy: string;
  /** When (ISO date-time). */
  changedAt: string;
  /** The record as it is now; absent when it was deleted. */
  theirs?: AnyRecord;
}

const LABEL: Record<RecordKind, string> = { organisation: 'organisation', product: 'product', vendor: 'vendor', activity: 'processing activity' };

/** A save based on an old version of a record: refused, nothing written. */
export class ConflictError extends WorkspaceError {
  constructor(readonly conflict: ConflictDetails) {
    const when = conflict.changedAt.replace('T', ' ').slice(0, 16);
    super(
      'conflict',
      conflict.theirs === undefined
        ? `The ${LABEL[conflict.kind]} "${conflict.name}" was not saved: ${conflict.changedBy} deleted it at ${when} UTC, after you opened it.`
        : `The ${LABEL[conflict.kind]} "${conflict.name}" was not saved: ${conflict.changedBy} changed it at ${when} UTC, after you opened it. Compare the two versions and choose what to keep.`,
      [`changed by: ${conflict.changedBy}`, `changed at: ${conflict.changedAt}`],
    );
    this.name = 'ConflictError';
  }
}
