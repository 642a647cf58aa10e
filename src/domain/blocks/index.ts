export * from './kit.ts';
export * from './format.ts';
export * from './validate.ts';
export * from './task-post.ts';
export * from './modals.ts';
export * from './task-list.ts';
export * from './thread-events.ts';
export * from './help.ts';
