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
  try {
    return await fetchPack(url, controller.signal, () => timedOut, timeoutMs);
  } catch (error) {
    // Nothing above should throw; if something does, the host page never sees it.
    return { ok: false, url, failure: 'network', message: `${url}: ${(error as Error)?.message ?? error}` };
  } finally {
    clearTimeout(timer);
  }
}

async function fetchPack(
  url: string,
  signal: AbortSignal,
  timedOut: () => boolean,
  timeoutMs: number,
): Promise<FeedResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    if (timedOut()) {
      return { ok: false, url, failure: 'timeout', message: `${url}: no answer after ${timeoutMs / 1000} seconds` };
    }
    return { ok: false, url, failure: 'network', message: `${url}: could not be fetched (${(error as Error).message})` };
  }
  if (!response.ok) {
    return { ok: false, url, failure: 'http', message: `${url}: the server answered ${response.status} ${response.statusText}`.trim() };
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    const failure = timedOut() ? 'timeout' : 'network';
    return { ok: false, url, failure, message: `${url}: the download was cut off` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, url, failure: 'json', message: `${url}: this is not valid JSON (${(error as Error).message})` };
  }
  const { value: pack, problems } = parseContentPack(json);
  for (const problem of problems) warn(`${url}: ${formatProblem(problem)}`);
  return { ok: true, url, pack, problems };
}

/**
 * The content pack at `url`. Every caller asking for the same URL shares one
 * request; it is aborted only when every caller's `signal` has aborted. A
 * failure is not cached, so a later call tries again. Never rejects, except
 * with an `AbortError` when the caller's own signal aborts.
 */
export function loadFeed(
  url: string,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<FeedResult> {
  const key = absolute(url);
  let shared = requests.get(key);
  if (!shared) {
    const controller = new AbortController();
    const entry: Shared = { controller, waiting: 0, settled: false, abandoned: false, promise: Promise.resolve(undefined as never) };
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
      reject(new DOMException('The element stopped waiting for its feed', 'AbortError'));
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
