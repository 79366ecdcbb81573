/** The lexicon, from the knowledge module (kept here for the stages that import it from this path). */
export { lexicon, type Lexicon } from '../knowledge/index.js';
