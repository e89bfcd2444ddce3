import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NotesController, notesKey } from '../src/prompts/notes-controller.js';
import type { SinonFakeTimers } from 'sinon';
import { eachPromptTest } from './helpers/prompts.js';

const PREFIX = 'nhs-briefing-widgets:notes:nc-';
const KEY = notesKey('nc-set', 'q1');
/** The pause in typing before a save, in these tests. */
const DELAY = 20;

/** A host that logs what the controller asks of it, in order. */
function makeHost() {
  const log: string[] = [];
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (c) => void controllers.push(c),
    removeController: () => {},
    requestUpdate: () => void log.push('requestUpdate'),
    updateComplete: Promise.resolve(true),
  };
  const changes: string[] = [];
  const notes = new NotesController(host, (text) => changes.push(text), DELAY);
  return {
    notes,
    log,
    changes,
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
}

function otherTab(key: string | null, newValue: string | null) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
}

describe('NotesController', () => {
  const original = {
    setItem: Storage.prototype.setItem,
    getItem: Storage.prototype.getItem,
    removeItem: Storage.prototype.removeItem,
  };
  const each = eachPromptTest(PREFIX);
  let clock: SinonFakeTimers;
  let t: ReturnType<typeof makeHost>;

  beforeEach(() => {
    clock = each.fakeTimeouts();
    t = makeHost();
    t.connect();
  });

  afterEach(() => {
    t.disconnect();
    Object.assign(Storage.prototype, {
      setItem: original.setItem,
      getItem: original.getItem,
      removeItem: original.removeItem,
    });
  });

  it('names keys by set and prompt', () => {
    expect(KEY).to.equal('nhs-briefing-widgets:notes:nc-set:q1');
  });

  it('adds itself to its host', () => {
    const added: unknown[] = [];
    const host = {
      addController: (c: unknown) => added.push(c),
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    };
    const notes = new NotesController(host, () => {});
    expect(added).to.deep.equal([notes]);
  });

  describe('reading', () => {
    it('reads what the device holds for the key, asks for an update, and does not report a change', () => {
      localStorage.setItem(KEY, 'Kept from last time');
      t.notes.setKey(KEY);
      expect(t.notes.text).to.equal('Kept from last time');
      expect(t.notes.status).to.equal('');
      expect(t.log).to.deep.equal(['requestUpdate']);
      expect(t.changes).to.deep.equal([]);
    });

    it('starts empty for a key with nothing stored', () => {
      t.notes.setKey(KEY);
      expect(t.notes.text).to.equal('');
    });

    it('does nothing when given the same key again', () => {
      t.notes.setKey(KEY);
      t.notes.setKey(KEY);
      expect(t.log).to.have.length(1);
    });

    it('with no key, keeps nothing and says so', () => {
      t.notes.setKey(undefined);
      t.notes.input('Only in the page');
      t.notes.flush();
      expect(t.notes.text).to.equal('Only in the page');
      expect(t.notes.status).to.equal('notesNotSaved');
      expect(Object.keys(localStorage).filter((key) => key.startsWith(PREFIX))).to.deep.equal([]);
    });
  });

  describe('saving', () => {
    beforeEach(() => t.notes.setKey(KEY));

    it('shows typing at once and saves once typing pauses', () => {
      t.notes.input('F');
      clock.tick(DELAY - 1);
      t.notes.input('Fi');
      clock.tick(DELAY - 1);
      t.notes.input('First');
      expect(t.notes.text).to.equal('First');
      clock.tick(DELAY - 1);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(t.changes).to.deep.equal([]);
      clock.tick(1);
      expect(localStorage.getItem(KEY)).to.equal('First');
      expect(t.notes.status).to.equal('notesSaved');
      expect(t.changes).to.deep.equal(['First']);
    });

    it('saves at once on flush, and only once', () => {
      t.notes.input('Now');
      t.notes.flush();
      expect(localStorage.getItem(KEY)).to.equal('Now');
      t.notes.flush();
      clock.tick(DELAY * 3);
      expect(t.changes).to.deep.equal(['Now']);
    });

    it('saves what is waiting when the page is hidden', () => {
      t.notes.input('Leaving');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(localStorage.getItem(KEY)).to.equal('Leaving');
    });

    it("saves what is waiting when the page's visibility changes (phones may not fire pagehide)", () => {
      t.notes.input('Switching apps');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(localStorage.getItem(KEY)).to.equal('Switching apps');
    });

    it('saves what is waiting when the host disconnects, and stops listening', () => {
      t.notes.input('Going');
      t.disconnect();
      expect(localStorage.getItem(KEY)).to.equal('Going');
      otherTab(KEY, 'Changed elsewhere');
      expect(t.notes.text).to.equal('Going');
      t.connect();
    });

    it('saves what is waiting before moving to another key', () => {
      t.notes.input('For q1');
      t.notes.setKey(notesKey('nc-set', 'q2'));
      expect(localStorage.getItem(KEY)).to.equal('For q1');
      expect(t.notes.text).to.equal('');
    });

    it('removes the key when the note is emptied', () => {
      t.notes.input('Something');
      t.notes.flush();
      t.notes.input('');
      t.notes.flush();
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('clears at once, on the device too, and reports it', () => {
      t.notes.input('To go');
      t.notes.flush();
      t.notes.input('To go, edited');
      t.notes.clear();
      expect(t.notes.text).to.equal('');
      expect(t.notes.status).to.equal('');
      expect(localStorage.getItem(KEY)).to.equal(null);
      clock.tick(DELAY * 3);
      expect(t.changes).to.deep.equal(['To go', '']);
    });
  });

  describe('when the device will not keep notes', () => {
    it('keeps the text when setItem throws, says so once, and recovers when storage comes back', () => {
      t.notes.setKey(KEY);
      Storage.prototype.setItem = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      t.notes.input('Precious words');
      t.notes.flush();
      expect(t.notes.text).to.equal('Precious words');
      expect(t.notes.status).to.equal('notesNotSaved');
      expect(t.changes).to.deep.equal(['Precious words']);
      expect(each.warnings).to.have.length(1);
      expect(each.warnings[0]).to.contain('notes cannot be kept on this device (SecurityError: ');

      // Typing more does not hide the message (it would only be said again).
      t.notes.input('Precious words, more');
      expect(t.notes.status).to.equal('notesNotSaved');

      Storage.prototype.setItem = original.setItem;
      t.notes.flush();
      expect(t.notes.status).to.equal('notesSaved');
      expect(localStorage.getItem(KEY)).to.equal('Precious words, more');
    });

    it('keeps the text when the quota is full', () => {
      t.notes.setKey(KEY);
      Storage.prototype.setItem = () => {
        throw new DOMException('Storage is full', 'QuotaExceededError');
      };
      t.notes.input('A long note');
      t.notes.flush();
      expect(t.notes.text).to.equal('A long note');
      expect(t.notes.status).to.equal('notesNotSaved');
      expect(each.warnings[0]).to.contain('(QuotaExceededError: Storage is full)');
    });

    it('starts empty, saying so, when reading throws', () => {
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      t.notes.setKey(KEY);
      expect(t.notes.text).to.equal('');
      expect(t.notes.status).to.equal('notesNotSaved');
    });

    it('copes when clearing throws', () => {
      t.notes.setKey(KEY);
      Storage.prototype.removeItem = () => {
        throw new Error('nope');
      };
      expect(() => t.notes.clear()).not.to.throw();
      expect(t.notes.text).to.equal('');
      expect(t.notes.status).to.equal('notesNotSaved');
    });
  });

  describe('another tab', () => {
    beforeEach(() => t.notes.setKey(KEY));

    it("takes the other tab's text and reports the change", () => {
      t.log.length = 0;
      otherTab(KEY, 'Written in the other tab');
      expect(t.notes.text).to.equal('Written in the other tab');
      expect(t.log).to.deep.equal(['requestUpdate']);
      expect(t.changes).to.deep.equal(['Written in the other tab']);
    });

    it('empties when the other tab removes the note or clears storage', () => {
      otherTab(KEY, 'Something');
      otherTab(KEY, null);
      expect(t.notes.text).to.equal('');
      otherTab(KEY, 'Again');
      otherTab(null, null);
      expect(t.notes.text).to.equal('');
      expect(t.changes).to.deep.equal(['Something', '', 'Again', '']);
    });

    it('ignores other keys, other storage areas and changes to the same text', () => {
      otherTab(notesKey('nc-set', 'q2'), 'Not mine');
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: 'Session', storageArea: sessionStorage }));
      otherTab(KEY, '');
      expect(t.notes.text).to.equal('');
      expect(t.changes).to.deep.equal([]);
    });

    it('does not overwrite what is being typed here', () => {
      t.notes.input('Typed here');
      otherTab(KEY, 'Typed there');
      expect(t.notes.text).to.equal('Typed here');
      clock.tick(DELAY);
      expect(localStorage.getItem(KEY)).to.equal('Typed here');
    });
  });
});
