/** Author messages in tests: what the elements said to the console. */
import { resetWarnings } from '../../src/shared/log.js';

/** Starts recording console.warn (and forgets what was said before); `restore()` stops. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  resetWarnings();
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** The console warnings given while `run` runs. */
export async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const capture = captureWarnings();
  try {
    await run();
  } finally {
    capture.restore();
  }
  return capture.messages;
}

/**
 * What reached the page's own error handlers while `run` ran (uncaught errors
 * and unhandled rejections), as text; it waits a task after `run`, for
 * anything thrown from a timer or a microtask to arrive.
 */
export async function uncaughtDuring(run: () => Promise<unknown>): Promise<string[]> {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    uncaught.push(String('reason' in event ? event.reason : event.message));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onError);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  }
  return uncaught;
}
