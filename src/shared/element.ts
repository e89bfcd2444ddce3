import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { baseStyles } from './styles.js';
import { onStringsChange } from './strings.js';

/**
 * What every element here shares: the base sheet, re-rendering when the page
 * changes strings, and a render that can never throw into the host page.
 * @internal
 */
export class NhsElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  private stopStrings?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopStrings = onStringsChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopStrings?.();
  }

  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      console.error(`[nhs-briefing-widgets] <${this.localName}> could not render:`, error);
    }
  }
}
