export { aNotice, aDeadline, anExtraction, aRouting } from './notice.ts';
export { aTask, TEAM_ROLES } from './task.ts';
