export * from './channels';
export * from './contract';
export * from './changes';
export * from './drafts';
