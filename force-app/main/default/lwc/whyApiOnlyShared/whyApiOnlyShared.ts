// What the panel's components share: labels, placeholder filling, Setup links, facts and fixes.
export { LABELS, ENGINE_TEXTS } from './labels';
export { fill } from './fill';
export { setupPageFor, setupPageForFix, type SetupTarget } from './setupLinks';
export { toEngineFacts, toPageFacts, subjectOf } from './engineFacts';
export { isPanelFix, blastText } from './fixes';
export { isNotAllowed, errorText } from './authorityErrors';
