export * from './server.ts';
export * from './rate-limits.ts';
export type { LoopbackUser, StoredMessage, Ephemeral, StoredView, ChannelState } from './workspace.ts';
export * from './requests.ts';
