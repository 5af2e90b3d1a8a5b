export * from './document';
export * from './problems';
export * from './references';
export * from './parse';
export * from './defaults';
export * from './json-schema';
export * from './lenient';
export * from './suggest';
