/**
 * The briefing prompts' words, merged into the library's one strings object
 * when this module loads: the family reads them from `strings` (exported
 * here), and a page changes them with `setStrings` like any other.
 */
import { addStrings } from '../shared/strings.js';

export { strings } from '../shared/strings.js';

export const promptStrings = {
  /** A prompt's level, shown as a tag. */
  promptLevels: { organisation: 'Organisation', system: 'System' } as Record<string, string>,
  /** Heading above a prompt's practical steps. */
  getStarted: 'Get started',
  /** Label of a prompt's notes box (the question is added to its accessible name). */
  notesLabel: 'Your notes',
  /** The line under the notes box saying where notes go. */
  notesHint: 'Your notes are kept on this device only. They are never sent anywhere.',
  /** Announced when a note has been saved. */
  notesSaved: 'Saved on this device',
  /** Shown when the browser will not keep notes (storage off, private mode or full). */
  notesNotSaved: 'This device cannot keep your notes, so they will be lost when you close this page.',
  /** A prompt set's progress. */
  notesProgress: (count: number, total: number) =>
    `${count} of ${total} prompt${total === 1 ? '' : 's'} ${count === 1 ? 'has' : 'have'} notes`,
  notesDownload: 'Download my notes',
  notesCopy: 'Copy my notes',
  notesPrint: 'Print my notes',
  notesClear: 'Clear all notes',
  notesClearAsk: 'Clear all your notes on these prompts? You cannot undo this.',
  notesClearYes: 'Yes, clear my notes',
  notesClearNo: 'Cancel',
  notesCleared: 'Your notes have been cleared.',
  notesCopied: 'Your notes have been copied.',
  notesCopyFailed: 'Your browser did not allow copying. Use "Download my notes" instead.',
  /** The title of exported notes when the set has no heading. */
  notesTitle: 'My notes',
  /** In exported notes, under a question nobody wrote about. */
  notesNone: 'No notes.',
};

addStrings(promptStrings);
