import * as promptStories from '../stories/briefing-prompt.stories.js';
import * as setStories from '../stories/prompt-set.stories.js';
import { axeEveryStory, type StoriesModule } from './helpers/stories.js';

// Stories keep their notes under set ids starting "storybook"; other test files share localStorage.
afterEach(() =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith('nhs-briefing-widgets:notes:storybook'))
    .forEach((key) => localStorage.removeItem(key)),
);

axeEveryStory(promptStories as unknown as StoriesModule);
axeEveryStory(setStories as unknown as StoriesModule);
