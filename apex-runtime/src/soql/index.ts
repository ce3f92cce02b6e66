// The SOQL engine's API for the interpreter.
export type * from './ast';
export { lowerQuery, type BindLowering } from './lower';
export { parseQueryText } from './parse';
export { executeQuery, isAggregateQuery, MAX_OFFSET, type ExecuteOptions } from './execute';
export { SoqlAccessError, INACCESSIBLE_MESSAGE } from './access';
export { bindFromMap, missingBindError } from './binds';
