export * from './server.ts';
export * from './rate-limits.ts';
export type { LoopbackUser, StoredMessage, Ephemeral, StoredView, ChannelState } from './workspace.ts';
export * from './requests.ts';
export { SocketModeHub, SOCKET_MODE_PATH, type EnvelopeType } from './socket-mode.ts';
export type { Failure } from './failures.ts';
