export * from './enums';
export * from './common';
export * from './organisation';
export * from './product';
export * from './activity';
export * from './vendor';
export * from './taxonomy';
export * from './store-label-fields';
