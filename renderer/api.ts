import type { Channel, ConflictView, EventName, IpcError, RequestOf, ResponseOf, RopaApi } from '../shared/ipc';

declare global {
  interface Window {
    ropa: RopaApi;
  }
}

/** An error answered by the main process, with its code and details. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: readonly string[] = [],
    /** A save refused as based on an old version: whose change, and their version. */
    readonly conflict?: ConflictView,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(error: IpcError): ApiError {
    return new ApiError(error.code, error.message, error.details ?? [], error.conflict);
  }
}

/** Calls one channel of the contract: resolves the value or throws an ApiError. */
export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const fn = window.ropa[channel] as (r: RequestOf<C>) => Promise<{ ok: true; value: ResponseOf<C> } | { ok: false; error: IpcError }>;
  const result = await fn(request);
  if (!result.ok) throw ApiError.from(result.error);
  return result.value;
}

/** Listens to an event from the main process; returns the unsubscribe function. */
export function onEvent(event: EventName, listener: (payload: unknown) => void): () => void {
  return window.ropa.on(event, listener);
}

/** The message to show for any thrown value. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.details.length > 0 && !e.message.includes(e.details[0] ?? '') ? `${e.message} ${e.details.join('; ')}` : e.message;
  return e instanceof Error ? e.message : String(e);
}
