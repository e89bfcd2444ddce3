import * as promptStories from '../stories/briefing-prompt.stories.js';
import * as setStories from '../stories/prompt-set.stories.js';
import { axeEveryStory, type StoriesModule } from './helpers/stories.js';
import { forgetNotes } from './helpers/prompts.js';

// Stories keep their notes under set ids starting "storybook"; other test files share localStorage.
afterEach(() => forgetNotes('nhs-briefing-widgets:notes:storybook'));

axeEveryStory(promptStories as unknown as StoriesModule);
axeEveryStory(setStories as unknown as StoriesModule);
