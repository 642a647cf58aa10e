// The loopback Slack for tests: the product's own module, started on 127.0.0.1:0.
export * from '../../src/adapters/slack/loopback/index.ts';
