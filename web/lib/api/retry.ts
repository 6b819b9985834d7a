import { ApiError } from './api-error.ts';

/** Failures that may pass by themselves: the database restarting, a busy server, a dropped connection. */
const TRANSIENT = new Set(['TIMEOUT', 'DATABASE_UNAVAILABLE', 'API_UNAVAILABLE', 'NETWORK', 'SERVER_BUSY']);

/**
 * `work`, tried again after a pause when it fails for a transient reason (at most `attempts` times
 * in all). For reads a user would simply repeat, such as a search: they see results, not a hiccup.
 */
export async function retryTransient<T>(work: () => Promise<T>, { attempts = 3, pauseMs = 1000, signal }: { attempts?: number; pauseMs?: number; signal?: AbortSignal } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      const transient = err instanceof ApiError && TRANSIENT.has(err.code);
      if (!transient || attempt >= attempts || signal?.aborted) throw err;
      await new Promise((r) => setTimeout(r, pauseMs * attempt));
      if (signal?.aborted) throw err;
    }
  }
}
