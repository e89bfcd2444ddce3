/**
 * Warnings for the page's author, in the browser console. Never for the
 * reader: what a reader hears is an announcement (a live region), which the
 * elements make themselves.
 */
import type { Parsed } from '../content/parse.js';

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

/** Warn the author about `el`, naming it (and its id): `<nhs-case-study id="x">: …`. */
export function warnAbout(el: Element, message: string): void {
  warn(`<${el.localName}${el.id ? ` id="${el.id}"` : ''}>: ${message}`);
}

/** The parsed value, each of its problems told to the author. */
export function warnProblems<T>({ value, problems }: Parsed<T>): T {
  for (const problem of problems) warn(`${problem.path}: ${problem.message}`);
  return value;
}
