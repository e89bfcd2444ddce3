/**
 * The form for one item, drawn from its spec: each field gets the control
 * its type needs (a date control for dates, radios for a choice, checkboxes
 * for audiences, repeatable rows for lists, a decorative choice for an
 * image's alt text), its label and hint, and its problems in the NHS.UK
 * pattern (inline message linked by `aria-describedby`, `aria-invalid`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AUDIENCES, type ObjectSpec } from '../content/spec.js';
import { formatDate, isIsoDate } from '../content/dates.js';
import { strings } from '../shared/strings.js';
// The words of the initiatives and prompts (status tags, kinds, levels, audiences) join `strings`.
import '../initiatives/strings.js';
import '../prompts/strings.js';
import { initiativeStatus } from '../initiatives/initiative-status.js';
import type { Problem } from '../content/types.js';
import { plainProblem } from './checks.js';
import { fieldsOf, idOf, pathOf, type FieldInfo } from './fields.js';
import { editorStrings as t, multiline, rowNames } from './strings.js';
import { isObject, type Json } from './workspace.js';

type Parts = (string | number)[];

/** What the form needs from the editor. */
export interface FormContext {
  /** The problems to show at a field (those the author should see by now). */
  problemsAt(path: string): Problem[];
  /** Writes `value` at `parts` of the item; `undefined` removes the field. */
  change(parts: Parts, value: unknown): void;
  /** The author has been in this field: its problems show from now on. */
  touch(path: string): void;
  /** A date control holds a day the browser cannot read (half typed, or 31 February). */
  badDate(path: string, bad: boolean): void;
  /** Moves focus to the control with this id once the form has been drawn again. */
  focusLater(id: string): void;
  /** Today in England, for the status tag the dates will give. */
  today: string;
  /** Words added to the id's hint while the id follows the title. */
  idNote?: string;
}

/** The status tag an initiative with these dates shows on `today`, as the card words it. */
export function statusWords(dates: { opens?: string; closes?: string }, today: string): string {
  const { state, days } = initiativeStatus(dates, today);
  if (state === 'upcoming') return strings.statusOpens(formatDate(dates.opens!));
  if (state === 'closed') return strings.statusClosed(formatDate(dates.closes!));
  if (state === 'closing') return strings.statusCloses(days!);
  return strings.statusOpen;
}

/** A problem in words for the person at the form. */
export function problemWords(problem: Problem, label: string, value: unknown): string {
  if (/^this is required but is /.test(problem.message)) {
    return problem.path.endsWith('.alt') ? t.altRequired : t.required(label);
  }
  if (/^expected a date like/.test(problem.message) && typeof value === 'string') {
    return `${plainProblem(problem)} ${t.dateWritten(value)}`;
  }
  return plainProblem(problem);
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const targetOf = (event: Event) => event.target as HTMLInputElement;

/** The parts every field shares: its label's words, its hint and its messages, with their ids. */
function describe(ctx: FormContext, info: FieldInfo, parts: Parts, value: unknown) {
  const id = idOf(parts);
  const path = pathOf(parts);
  const found = ctx.problemsAt(path);
  const errors = found.filter((p) => p.severity === 'error');
  const warnings = found.filter((p) => p.severity === 'warning');
  // A date control writes the day as the feed needs it, so the docs' "(YYYY-MM-DD)" is left out.
  const docs = info.spec.type === 'date' ? info.hint.replace(/\s*\(YYYY-MM-DD\)/, '') : info.hint;
  const hint = info.key === 'id' && ctx.idNote ? `${docs} ${ctx.idNote}` : docs;
  const ids = [hint && `${id}-hint`, errors.length && `${id}-error`, warnings.length && `${id}-warning`].filter(
    Boolean,
  );
  const label = html`${info.label}${info.spec.required ? nothing : html` <span class="optional">${t.optional}</span>`}`;
  return {
    id,
    path,
    invalid: errors.length > 0,
    describedBy: ids.length ? ids.join(' ') : nothing,
    label,
    hint: hint ? html`<div class="hint" id="${id}-hint">${hint}</div>` : nothing,
    messages: html`${
      errors.length
        ? html`<p class="error-message" id="${id}-error">
            <span class="visually-hidden">${t.error}</span>
            ${errors.map((p) => problemWords(p, info.label, value)).join(' ')}
          </p>`
        : nothing
    }${
      warnings.length
        ? html`<p class="warning-message" id="${id}-warning">
            <strong>${t.warning}</strong> ${warnings.map((p) => plainProblem(p)).join(' ')}
          </p>`
        : nothing
    }`,
  };
}

const group = (invalid: boolean, body: TemplateResult) =>
  html`<div class="form-group ${invalid ? 'form-group-error' : ''}">${body}</div>`;

function renderText(ctx: FormContext, info: FieldInfo, parts: Parts, value: unknown, rows?: number) {
  const d = describe(ctx, info, parts, value);
  const onInput = (event: Event) => {
    ctx.touch(d.path);
    ctx.change(parts, targetOf(event).value);
  };
  const url = info.spec.type === 'url';
  return group(
    d.invalid,
    html`<label class="label" for=${d.id}>${d.label}</label>${d.hint}${d.messages}
      ${
        rows
          ? html`<textarea
              class="textarea"
              id=${d.id}
              rows=${rows}
              .value=${live(text(value))}
              aria-describedby=${d.describedBy}
              aria-invalid=${d.invalid ? 'true' : nothing}
              @input=${onInput}
            ></textarea>`
          : html`<input
              class="input"
              id=${d.id}
              type="text"
              inputmode=${url ? 'url' : nothing}
              spellcheck=${url || info.key === 'id' ? 'false' : nothing}
              autocomplete="off"
              .value=${live(text(value))}
              aria-describedby=${d.describedBy}
              aria-invalid=${d.invalid ? 'true' : nothing}
              @input=${onInput}
            />`
      }`,
  );
}

function renderDate(ctx: FormContext, info: FieldInfo, parts: Parts, value: unknown) {
  const d = describe(ctx, info, parts, value);
  const onInput = (event: Event) => {
    const input = targetOf(event);
    ctx.touch(d.path);
    ctx.badDate(d.path, input.validity.badInput);
    ctx.change(parts, input.value || undefined);
  };
  return group(
    d.invalid,
    html`<label class="label" for=${d.id}>${d.label}</label>${d.hint}${d.messages}
      <input
        class="input input-date"
        id=${d.id}
        type="date"
        .value=${live(isIsoDate(value) ? value : '')}
        aria-describedby=${d.describedBy}
        aria-invalid=${d.invalid ? 'true' : nothing}
        @input=${onInput}
        @change=${onInput}
      />`,
  );
}

/** How a choice of an enum reads: the elements' own words for levels and kinds. */
function choiceLabel(key: string, value: string): string {
  const known: Record<string, Record<string, string>> = { level: strings.promptLevels, kind: strings.initiativeKinds };
  return known[key]?.[value] ?? value;
}

function renderChoice(ctx: FormContext, info: FieldInfo, parts: Parts, value: unknown) {
  if (info.spec.type !== 'enum') return nothing;
  const d = describe(ctx, info, parts, value);
  const choices = [...info.spec.values, ...(info.spec.required ? [] : [''])];
  return group(
    d.invalid,
    html`<fieldset class="fieldset" id=${d.id} aria-describedby=${d.describedBy}>
      <legend class="legend">${d.label}</legend>
      ${d.hint}${d.messages}
      <div class="radios radios-inline">
        ${choices.map(
          (choice, i) =>
            html`<div class="radio">
              <input
                class="radio-input"
                type="radio"
                id="${d.id}-${i + 1}"
                name=${d.id}
                .checked=${live(choice === '' ? value == null || value === '' : value === choice)}
                @change=${() => {
                  ctx.touch(d.path);
                  ctx.change(parts, choice || undefined);
                }}
              />
              <label class="radio-label" for="${d.id}-${i + 1}"
                >${choice ? choiceLabel(info.key, choice) : t.nothingChosen}</label
              >
            </div>`,
        )}
      </div>
    </fieldset>`,
  );
}

/** Audience keys as checkboxes with the elements' labels, plus the author's own. */
function renderKeys(ctx: FormContext, info: FieldInfo, parts: Parts, value: unknown) {
  const d = describe(ctx, info, parts, value);
  const keys = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .map((key) => text(key).trim())
    .filter(Boolean);
  const known = new Set<string>(AUDIENCES);
  const own = keys.filter((key) => !known.has(key));
  const set = (next: string[]) => {
    ctx.touch(d.path);
    ctx.change(parts, next.length ? next : undefined);
  };
  const toggle = (key: string) => (event: Event) =>
    set(targetOf(event).checked ? [...keys.filter((k) => known.has(k)), key, ...own] : keys.filter((k) => k !== key));
  const ownChange = (event: Event) =>
    set([
      ...keys.filter((k) => known.has(k)),
      ...targetOf(event)
        .value.split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    ]);
  return group(
    d.invalid,
    html`<fieldset class="fieldset" id=${d.id} aria-describedby=${d.describedBy}>
      <legend class="legend">${d.label}</legend>
      ${d.hint}${d.messages}
      <div class="checkboxes">
        ${AUDIENCES.map(
          (key, i) =>
            html`<div class="checkbox">
              <input
                class="checkbox-input"
                type="checkbox"
                id="${d.id}-${i + 1}"
                .checked=${live(keys.includes(key))}
                @change=${toggle(key)}
              />
              <label class="checkbox-label" for="${d.id}-${i + 1}">${strings.audiences[key] ?? key}</label>
            </div>`,
        )}
      </div>
      <label class="label label-small" for="${d.id}-own">${t.ownAudiences}</label>
      <div class="hint" id="${d.id}-own-hint">${t.ownAudiencesHint}</div>
      <input
        class="input"
        id="${d.id}-own"
        type="text"
        autocomplete="off"
        .value=${own.join(', ')}
        aria-describedby="${d.id}-own-hint"
        @input=${ownChange}
      />
    </fieldset>`,
  );
}

/** Repeatable rows: outcomes, steps, chapters. */
function renderList(ctx: FormContext, info: FieldInfo, parts: Parts, value: unknown) {
  if (info.spec.type !== 'list') return nothing;
  const item = info.spec.item;
  const d = describe(ctx, info, parts, value);
  const rows = Array.isArray(value) ? value : [];
  const row = rowNames[info.key] ?? info.label;
  const first = Object.keys(item)[0];
  const add = () => {
    ctx.change(parts, [...rows, {}]);
    ctx.focusLater(idOf([...parts, rows.length, first]));
  };
  const remove = (i: number) => () => {
    const next = rows.filter((_, n) => n !== i);
    ctx.touch(d.path);
    ctx.change(parts, next.length ? next : undefined);
    ctx.focusLater(`${d.id}-add`);
  };
  return group(
    d.invalid,
    html`<fieldset class="fieldset" id=${d.id} aria-describedby=${d.describedBy}>
      <legend class="legend">${d.label}</legend>
      ${d.hint}${d.messages}
      ${rows.map((value, i) => {
        const rowParts = [...parts, i];
        const rowProblems = ctx.problemsAt(pathOf(rowParts));
        return html`<fieldset class="fieldset row" id=${idOf(rowParts)}>
          <legend class="legend legend-small">${row} ${i + 1}</legend>
          ${rowProblems.map(
            (p) =>
              html`<p class="error-message"><span class="visually-hidden">${t.error}</span> ${plainProblem(p)}</p>`,
          )}
          ${renderObject(ctx, item, isObject(value) ? value : {}, rowParts)}
          <button type="button" class="button button-secondary button-small" @click=${remove(i)}>
            ${t.removeRow(row, i + 1)}
          </button>
        </fieldset>`;
      })}
      <button type="button" class="button button-secondary" id="${d.id}-add" @click=${add}>${t.addRow(row)}</button>
    </fieldset>`,
  );
}

/** An object of fields, such as the quote or the image. */
function renderGroup(ctx: FormContext, info: FieldInfo, parts: Parts, value: unknown) {
  if (info.spec.type !== 'object') return nothing;
  const d = describe(ctx, info, parts, value);
  return group(
    d.invalid,
    html`<fieldset class="fieldset" id=${d.id} aria-describedby=${d.describedBy}>
      <legend class="legend">${d.label}</legend>
      ${d.hint}${d.messages} ${renderObject(ctx, info.spec.spec, isObject(value) ? value : {}, parts)}
    </fieldset>`,
  );
}

/** An image's alt text: written out, or a stated choice that the image is decorative (`alt: ""`). */
function renderAlt(ctx: FormContext, info: FieldInfo, parts: Parts, value: unknown) {
  const d = describe(ctx, info, parts, value);
  const decorative = value === '';
  const choose = (next: unknown) => () => {
    ctx.touch(d.path);
    ctx.change(parts, next);
    if (next === undefined) ctx.focusLater(d.id);
  };
  return group(
    d.invalid,
    html`<fieldset class="fieldset" id="${d.id}-choice">
      <legend class="legend">${d.label}</legend>
      <div class="hint">${t.altChoiceHint}</div>
      <div class="radios">
        <div class="radio">
          <input
            class="radio-input"
            type="radio"
            id="${d.id}-describe"
            name="${d.id}-choice"
            .checked=${live(!decorative)}
            @change=${choose(undefined)}
          />
          <label class="radio-label" for="${d.id}-describe">${t.altDescribe}</label>
        </div>
        ${
          decorative
            ? nothing
            : html`<div class="radio-conditional">
                <label class="label label-small" for=${d.id}>${t.altText}</label>
                ${d.hint}${d.messages}
                <input
                  class="input"
                  id=${d.id}
                  type="text"
                  autocomplete="off"
                  .value=${live(text(value))}
                  aria-describedby=${d.describedBy}
                  aria-invalid=${d.invalid ? 'true' : nothing}
                  @input=${(event: Event) => {
                    ctx.touch(d.path);
                    ctx.change(parts, targetOf(event).value);
                  }}
                />
              </div>`
        }
        <div class="radio">
          <input
            class="radio-input"
            type="radio"
            id="${d.id}-decorative"
            name="${d.id}-choice"
            .checked=${live(decorative)}
            @change=${choose('')}
          />
          <label class="radio-label" for="${d.id}-decorative">${t.altDecorative}</label>
        </div>
      </div>
    </fieldset>`,
  );
}

/** What the tag will say, under the closing date of anything with opening and closing dates. */
function renderDateHelp(ctx: FormContext, value: Json) {
  const opens = isIsoDate(value.opens) ? value.opens : undefined;
  const closes = isIsoDate(value.closes) ? value.closes : undefined;
  const valid = !(opens && closes && closes < opens);
  return html`<div class="inset" id="dates-help">
    <p>${t.dateHelp}</p>
    ${valid ? html`<p><strong>${t.dateToday(formatDate(ctx.today), statusWords({ opens, closes }, ctx.today))}</strong></p>` : nothing}
  </div>`;
}

function renderField(ctx: FormContext, info: FieldInfo, value: unknown, parts: Parts, parentKey?: string) {
  switch (info.spec.type) {
    case 'text':
      if (info.key === 'alt') return renderAlt(ctx, info, parts, value);
      return renderText(
        ctx,
        info,
        parts,
        value,
        multiline[`${parentKey}.${info.key}`] ?? (parentKey ? undefined : multiline[info.key]),
      );
    case 'url':
      return renderText(ctx, info, parts, value);
    case 'date':
      return renderDate(ctx, info, parts, value);
    case 'enum':
      return renderChoice(ctx, info, parts, value);
    case 'keys':
      return renderKeys(ctx, info, parts, value);
    case 'list':
      return renderList(ctx, info, parts, value);
    case 'object':
      return renderGroup(ctx, info, parts, value);
  }
}

/** Every field of `value` as `spec` describes it, in the spec's order. */
export function renderObject(ctx: FormContext, spec: ObjectSpec, value: Json, parts: Parts = []): TemplateResult {
  const parentKey = [...parts].reverse().find((part) => typeof part === 'string') as string | undefined;
  const datesExplained = spec.opens?.type === 'date' && spec.closes?.type === 'date';
  return html`${fieldsOf(spec).map(
    (info) =>
      html`${renderField(ctx, info, value[info.key], [...parts, info.key], parentKey)}${
        datesExplained && info.key === 'closes' ? renderDateHelp(ctx, value) : nothing
      }`,
  )}`;
}
