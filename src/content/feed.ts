/**
 * Fetching a content pack: one request per URL, shared by every element on
 * the page, with a timeout, and never an exception into the host page.
 */
import { parseContentPack, formatProblem } from './parse.js';
import { warn } from '../shared/log.js';
import type { ContentPack, Problem } from './types.js';

export type FeedFailure = 'network' | 'http' | 'timeout' | 'json';

export type FeedResult =
  | { ok: true; url: string; pack: ContentPack; problems: Problem[] }
  | { ok: false; url: string; failure: FeedFailure; message: string };

/** How long a feed may take before the element gives up on it. */
export const DEFAULT_TIMEOUT_MS = 10_000;

interface Shared {
  promise: Promise<FeedResult>;
  controller: AbortController;
  /** Callers still waiting with a signal of their own. */
  waiting: number;
  settled: boolean;
  /** Every caller left before the answer came, so nobody needs to hear of it. */
  abandoned: boolean;
}

const requests = new Map<string, Shared>();

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

async function request(url: string, controller: AbortController, timeoutMs: number): Promise<FeedResult> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const fail = (failure: FeedFailure, why: string): FeedResult => ({
    ok: false,
    url,
    failure,
    message: `${url}: ${why}`,
  });
  let stage: 'fetch' | 'read' | 'parse' = 'fetch';
  try {
    // Same-origin credentials, the default: an intranet feed behind the intranet's login still loads.
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) return fail('http', `the server answered ${response.status} ${response.statusText}`.trim());
    stage = 'read';
    const text = await response.text();
    stage = 'parse';
    // parseContentPack never throws; only JSON.parse can, on text that is not JSON.
    const { value: pack, problems } = parseContentPack(JSON.parse(text));
    for (const problem of problems) warn(`${url}: ${formatProblem(problem)}`);
    return { ok: true, url, pack, problems };
  } catch (error) {
    const why = (error as Error)?.message ?? String(error);
    if (timedOut) return fail('timeout', `no answer after ${timeoutMs / 1000} seconds`);
    if (stage === 'parse') return fail('json', `this is not valid JSON (${why})`);
    return fail('network', stage === 'read' ? 'the download was cut off' : `could not be fetched (${why})`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The content pack at `url`. Every caller asking for the same URL shares one
 * request; it is aborted only when every caller's `signal` has aborted. A
 * failure is not cached, so a later call tries again. Never rejects, except
 * with the signal's reason (an `AbortError` by default) when the caller's own signal aborts.
 */
export function loadFeed(
  url: string,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<FeedResult> {
  const key = absolute(url);
  let shared = requests.get(key);
  if (!shared) {
    const controller = new AbortController();
    const entry: Shared = {
      controller,
      waiting: 0,
      settled: false,
      abandoned: false,
      promise: Promise.resolve(undefined as never),
    };
    entry.promise = request(key, controller, timeoutMs).then((result) => {
      entry.settled = true;
      if (!result.ok && requests.get(key) === entry) requests.delete(key);
      if (!result.ok && !entry.abandoned) warn(result.message);
      return result;
    });
    requests.set(key, entry);
    shared = entry;
  }
  const entry = shared;
  if (!signal) {
    // Without a signal of its own the caller keeps the request alive to the end.
    entry.waiting = Infinity;
    return entry.promise;
  }
  entry.waiting++;
  return new Promise<FeedResult>((resolve, reject) => {
    const leave = () => {
      entry.waiting--;
      if (entry.waiting === 0 && !entry.settled) {
        entry.abandoned = true;
        entry.controller.abort();
        if (requests.get(key) === entry) requests.delete(key);
      }
      reject(signal.reason);
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    void entry.promise.then((result) => {
      signal.removeEventListener('abort', leave);
      entry.waiting--;
      resolve(result);
    });
  });
}

/** Forget every shared request (for tests). @internal */
export function clearFeedCache(): void {
  requests.clear();
}
