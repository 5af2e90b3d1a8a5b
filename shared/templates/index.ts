export * from './activity-templates';
export * from './vendor-from-catalogue';
