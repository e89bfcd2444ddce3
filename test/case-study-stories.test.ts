import * as caseStudyStories from '../stories/case-study.stories.js';
import * as carouselStories from '../stories/case-study-carousel.stories.js';
import { axeEveryStory, type StoriesModule } from './helpers/stories.js';

axeEveryStory(caseStudyStories as unknown as StoriesModule);
axeEveryStory(carouselStories as unknown as StoriesModule);
