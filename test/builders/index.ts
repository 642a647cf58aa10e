export { aNotice, aNewNotice, aDeadline, anExtraction, aRouting } from './notice.ts';
export { aTask, aNewTask, TEAM_ROLES } from './task.ts';
