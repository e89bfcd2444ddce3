/**
 * Every word the content editor shows or announces, in one place. The editor
 * is a page of its own, not part of the script-tag bundle, so its words stay
 * out of the elements' strings module (every intranet visitor would download
 * them); the words it shares with the elements (audiences, kinds, levels, the
 * status tag) come from there.
 */

/** Labels of feed fields by key; a key not listed here is shown as words ("closingDate" → "Closing date"). */
export const fieldLabels: Record<string, string> = {
  id: 'Short name (id)',
  question: 'Question',
  level: 'Level',
  context: 'Why it matters',
  actions: 'Steps to get started',
  name: 'Name',
  provider: 'Provider',
  summary: 'Summary',
  audiences: 'Who it is for',
  kind: 'Type',
  offer: 'What it offers',
  opens: 'Opens',
  closes: 'Closes',
  reviewed: 'Last reviewed',
  href: 'Link',
  heading: 'Heading',
  organisation: 'Organisation',
  place: 'Place',
  outcomes: 'Outcomes',
  quote: 'Quote',
  image: 'Image',
  text: 'Text',
  cite: 'Who said it',
  value: 'Figure',
  label: 'What it counts',
  src: 'Image address',
  alt: 'Alt text',
  title: 'Title',
  publisher: 'Publisher',
  audience: 'Audience',
  chapters: 'Chapters',
  notice: 'Notice',
};

/** One row of a repeatable field, by the field's key: "Outcome 2". */
export const rowNames: Record<string, string> = {
  actions: 'Step',
  outcomes: 'Outcome',
  chapters: 'Chapter',
};

/** Fields written over several lines, with the rows their box starts with (`parent.key` inside a group). */
export const multiline: Record<string, number> = {
  question: 3,
  heading: 2,
  name: 2,
  title: 2,
  context: 5,
  summary: 5,
  notice: 2,
  'quote.text': 4,
  'actions.text': 2,
};

export const editorStrings = {
  // Opening
  openHeading: 'Open or start',
  openFile: 'Open a file',
  openFileInput: 'Choose a content pack file (.json)',
  openUrlLabel: 'Or open the content pack at this address',
  openUrlHint: 'For example content.json or https://www.example.nhs.uk/content/inclusive-recruitment.json',
  openUrl: 'Open from address',
  startEmpty: 'Start an empty pack',
  foreignAsk: (host: string) =>
    `This address is on another website, ${host}. Opening it sends a request to that website. Open it?`,
  foreignYes: 'Yes, open it',
  foreignNo: 'Cancel',
  replaceAsk: 'You have changes that are not saved. Replace them with another content pack?',
  opened: (name: string, count: number) => `Opened ${name}: ${count} item${count === 1 ? '' : 's'}.`,
  openedEmpty: 'Started an empty content pack.',
  openFailed: (name: string, why: string) => `${name} could not be opened. ${why}`,
  notJson: 'It is not a content pack.',
  fetchFailed: (status: string) => `The website answered ${status}.`,
  fetchError: 'The address could not be reached. Check it, and your connection.',
  fetchTimeout: 'The website took too long to answer.',
  badUrl: 'Enter a web address, such as content.json or https://www.example.nhs.uk/content.json.',
  restored: (when: string) => `Your work from ${when} was kept on this device and is back.`,
  notKept: 'This browser cannot keep your work on this device, so save it before you close the page.',
  skippedItem: (path: string) => `${path} was not an item, so it was left out.`,

  // Saving
  saveHeading: 'Save',
  saveBack: (name: string) => `Save to ${name}`,
  download: 'Download feed',
  downloadHint: (name: string) => `Saves ${name} to your downloads, ready for your web team to publish.`,
  saved: (name: string) => `Saved ${name}.`,
  downloaded: (name: string) => `Downloaded ${name}.`,
  saveFailed: (why: string) => `The file could not be saved: ${why}. Use “Download feed” instead.`,
  statusUnsaved: (name: string) => `${name}: changes not saved yet (kept on this device).`,
  statusSaved: (name: string) => `${name}: no unsaved changes.`,
  draftsKept: (n: number) =>
    `${n} draft${n === 1 ? ' is' : 's are'} kept on this device and left out of the feed until you publish ${
      n === 1 ? 'it' : 'them'
    }.`,
  leaveAsk: 'You have changes that are not saved.',

  // Error summary
  summaryTitle: 'There is a problem',
  summaryIntro:
    'The feed was not saved: the elements would skip these items or leave these fields out. Fix them, or mark ' +
    'an item as a draft to keep it on this device and out of the feed.',
  summaryFixed: 'Every problem is fixed: you can save the feed now.',
  error: 'Error:',
  warning: 'Check:',

  // Items
  itemsLabel: 'Items in this pack',
  sectionNames: { prompts: 'Prompts', initiatives: 'Initiatives', caseStudies: 'Case studies' } as Record<
    string,
    string
  >,
  itemNames: { prompts: 'prompt', initiatives: 'initiative', caseStudies: 'case study' } as Record<string, string>,
  about: 'About this pack',
  aboutHint: 'The briefing this pack comes from.',
  add: { prompts: 'Add a prompt', initiatives: 'Add an initiative', caseStudies: 'Add a case study' } as Record<
    string,
    string
  >,
  untitled: (item: string) => `Untitled ${item}`,
  itemOf: (item: string, n: number, total: number) => `${item[0].toUpperCase()}${item.slice(1)} ${n} of ${total}`,
  tagDraft: 'Draft',
  tagProblems: (n: number) => `${n} problem${n === 1 ? '' : 's'}`,
  tagWarnings: (n: number) => `${n} to check`,
  empty: (items: string) => `No ${items} yet.`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  duplicate: 'Duplicate',
  delete: 'Delete',
  deleteAsk: (title: string) => `Delete “${title}”? You cannot undo this.`,
  moved: (title: string, n: number, total: number) => `Moved “${title}” to position ${n} of ${total}.`,
  duplicated: (title: string) => `Made a copy of “${title}”. You are editing the copy.`,
  deleted: (title: string) => `Deleted “${title}”.`,
  added: (item: string) => `Added an empty ${item}.`,
  draft: 'Keep as a draft',
  draftHint: 'A draft stays on this device and is left out of the feed, even if it has problems.',
  optional: '(optional)',
  idFollows: (label: string) => `Filled in from the ${label.toLowerCase()} until you change it.`,
  nothingChosen: 'Not set',
  itemProblems: 'Problems with this item',
  noItem: 'Choose an item to edit, or add one.',

  // Controls
  addRow: (row: string) => `Add another ${row.toLowerCase()}`,
  removeRow: (row: string, n: number) => `Remove ${row.toLowerCase()} ${n}`,
  ownAudiences: 'Your own, separated by commas',
  ownAudiencesHint: 'Shown as written, for example “Armed forces families”.',
  altDescribe: 'Describe the image',
  altDecorative: 'The image is decorative: it adds nothing the words do not say',
  altChoice: 'Alt text',
  altChoiceHint: 'Screen readers read the alt text in place of the image.',
  altText: 'What the image shows',
  required: (label: string) => `Enter ${label.replace(/\s*\(.*\)$/, '').toLowerCase()}`,
  altRequired: 'Describe the image, or choose “decorative”.',
  badDate: 'Enter a real date, or clear the date.',
  dateWritten: (written: string) => `The file has “${written}”: choose the day with the date control.`,
  dateHelp:
    '“Opens” is the first day it is open and “Closes” the last. Readers see a tag worked out from these ' +
    'dates and their own day in England: “Opens …” before it opens, “Open”, then “Closes in N days” ' +
    'in the last 30 days, and “Closed on …” after the last day (lists hide it then).',
  dateToday: (today: string, tag: string) => `Today (${today}) readers see: “${tag}”.`,

  // Preview
  previewHeading: 'Preview',
  previewWidth: 'Width',
  widths: { sidebar: 'Sidebar (320 px)', article: 'Article (700 px)', full: 'Full (1100 px)' } as Record<
    string,
    string
  >,
  previewScaled: (percent: number) => `Shown at ${percent}% to fit.`,
  previewNone: 'The preview appears once this item has what the elements need.',
  previewAbout: 'No element on its own shows this section; the whole briefing uses it as its introduction.',
};

export type EditorStrings = typeof editorStrings;
