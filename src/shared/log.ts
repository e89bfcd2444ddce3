/** Messages for the page's author, in the browser console. Never for the reader. */

const PREFIX = '[nhs-briefing-widgets]';
const said = new Set<string>();

/** Warn the author once per distinct message, however often it is reached. */
export function warn(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`${PREFIX} ${message}`);
}

/** Forget what was said, so tests can see a message again. @internal */
export function resetWarnings(): void {
  said.clear();
}
