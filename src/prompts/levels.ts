import { warn } from '../shared/log.js';
import { PROMPT_LEVELS, type PromptLevel } from '../content/types.js';

/**
 * `level` if it is a known one; otherwise tells the author, saying what
 * happens `instead`, and gives `undefined`.
 */
export const knownLevel = (where: string, level: string | undefined, instead: string): PromptLevel | undefined =>
  !level || PROMPT_LEVELS.includes(level as PromptLevel)
    ? (level as PromptLevel | undefined)
    : (warn(`${where}: level should be "organisation" or "system", got "${level}"; ${instead}`), undefined);
