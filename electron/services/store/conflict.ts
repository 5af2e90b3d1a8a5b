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
  /** The save made a new record, but one with its id exists already (someone else made it first). */
  created?: boolean;
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
        : conflict.created === true
          ? `The ${LABEL[conflict.kind]} "${conflict.name}" was not saved: a record with the same id already exists (${conflict.changedBy} saved it at ${when} UTC). Compare the two versions and choose what to keep.`
          : `The ${LABEL[conflict.kind]} "${conflict.name}" was not saved: ${conflict.changedBy} changed it at ${when} UTC, after you opened it. Compare the two versions and choose what to keep.`,
      [`changed by: ${conflict.changedBy}`, `changed at: ${conflict.changedAt}`],
    );
    this.name = 'ConflictError';
  }
}

/**
 * A store's signal that a record saved as new already exists: another person's
 * transaction created the same id first and committed while this one ran. The
 * record policy (records.ts) turns it into a ConflictError with their version.
 */
export class DuplicateIdError extends Error {
  constructor(
    readonly kind: RecordKind,
    readonly id: string,
  ) {
    super(`a ${kind} with id "${id}" already exists`);
    this.name = 'DuplicateIdError';
  }
}
