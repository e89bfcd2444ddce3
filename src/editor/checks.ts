/** The checks the editor shows: the validator's own, so the editor and `npx … validate` say the same things. */
export * from '../content/checks.js';
