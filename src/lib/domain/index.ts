// Pure domain code: no DOM, no storage, no Svelte.
// The only import path the rest of the app uses for the domain core. package.json lists every
// folder but this one under "sideEffects": domain modules only declare, so the bundler may drop
// what a page does not use (the start page does not download the plan, matching or CSV code).
export * from './content/schema';
export * from './content/localize';
export * from './content/languages';
export * from './record';
export * from './assessment';
export * from './scoring';
export * from './profile';
export * from './postcodes';
export * from './numbers';
export * from './nace';
export * from './migrations';
export * from './action-plan';
export * from './plan-language';
export * from './file-name';
export * from './plain-text';
export * from './instrument-status';
export * from './matching';
export * from './plan-finance';
export * from './json-limits';
export * from './transfer';
export * from './transfer-limits';
export * from './tombstone';
export * from './record-content';
export * from './respondents';
export * from './history';
export * from './csv';
export * from './portfolio';
export * from './upgrade';
export * from './order';
