import * as cardStories from '../stories/initiative-card.stories.js';
import * as listStories from '../stories/initiative-list.stories.js';
import { axeEveryStory, type StoriesModule } from './helpers/stories.js';

axeEveryStory(cardStories as unknown as StoriesModule);
axeEveryStory(listStories as unknown as StoriesModule);
