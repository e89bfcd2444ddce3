import { expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import * as cardStories from '../stories/initiative-card.stories.js';
import * as listStories from '../stories/initiative-list.stories.js';
import type { NhsInitiativeList } from '../src/initiatives/initiative-list.js';
import { axeEveryStory, renderStory, type StoriesModule } from './helpers/stories.js';

axeEveryStory(cardStories as unknown as StoriesModule);
axeEveryStory(listStories as unknown as StoriesModule);

describe('Initiatives/Initiative list: FilterChangeEvent', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  it("hands each nhs-filter-change event to the story's action", async () => {
    const onFilterChange = sinon.spy();
    const { default: meta, FilterChangeEvent: story } = listStories;
    const args = { ...meta.args, ...story.args, onFilterChange } as Parameters<NonNullable<typeof story.render>>[0];
    const el = (await renderStory(() => story.render!(args, {} as never) as TemplateResult)) as NhsInitiativeList;
    expect(el.localName).to.equal('nhs-initiative-list');
    const kind = el.shadowRoot!.querySelector<HTMLSelectElement>('select[part="kind-select"]')!;
    clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
      shouldClearNativeTimers: true,
    });
    kind.value = 'programme';
    kind.dispatchEvent(new Event('input', { bubbles: true }));
    clock.runToFrame();
    await clock.tickAsync(301);
    expect(onFilterChange.callCount).to.equal(1);
    expect(onFilterChange.firstCall.args[0].detail).to.deep.equal({
      search: '',
      audience: 'young-people',
      kind: 'programme',
      showClosed: false,
    });
  });
});
