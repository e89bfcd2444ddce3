export interface NoteChangeDetail {
  promptId: string;
  text: string;
}

/**
 * A prompt's note changed: the reader paused typing, another tab changed
 * it, or it was cleared. Never fired when a saved note is first read.
 */
export class NhsNoteChangeEvent extends Event {
  constructor(readonly detail: NoteChangeDetail) {
    super('nhs-note-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nhs-note-change': NhsNoteChangeEvent;
  }
}
