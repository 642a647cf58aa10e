import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { makeSecondOpinion } from '../../../src/adapters/llm/index.ts';
import { aNotice, anExtraction, recordingLogger } from './builders.ts';

// Counts every OpenAI client ever built, so "no key, no client" is a fact rather than a hope.
const built = vi.hoisted(() => ({ clients: 0 }));
vi.mock('openai', async (importOriginal) => {
  const actual = await importOriginal<typeof import('openai')>();
  class CountedOpenAI extends actual.OpenAI {
    constructor(...args: ConstructorParameters<typeof actual.OpenAI>) {
      super(...args);
      built.clients += 1;
    }
  }
  return { ...actual, default: CountedOpenAI, OpenAI: CountedOpenAI };
});

afterEach(() => {
  built.clients = 0;
  vi.restoreAllMocks();
});

describe('makeSecondOpinion', () => {
  it('without a key builds no client, sends nothing and returns the deterministic result itself', async () => {
    const globalFetch = vi.spyOn(globalThis, 'fetch');
    const injectedFetch = vi.fn<typeof fetch>();
    const opinion = makeSecondOpinion({ config: null, log: recordingLogger(), clock: new ManualClock('2025-08-01T00:00:00Z'), fetch: injectedFetch });
    // An unknown provider and no deadline: with a key, this notice would be sent.
    const det = anExtraction();

    expect(await opinion.refine(aNotice(), det)).toBe(det);
    expect(opinion.enabled).toBe(false);
    expect(built.clients).toBe(0);
    expect(injectedFetch).not.toHaveBeenCalled();
    expect(globalFetch).not.toHaveBeenCalled();
    expect(opinion.stats()).toMatchObject({ calls: 0, asked: 0 });
    await opinion.close();
  });

  it('with a key builds one client, through the fetch it is given', async () => {
    const injectedFetch = vi.fn<typeof fetch>(async () => new Response('{"error":{"message":"no"}}', { status: 401, headers: { 'content-type': 'application/json' } }));
    const opinion = makeSecondOpinion({
      config: { apiKey: 'sk-x', baseUrl: 'http://127.0.0.1:9/v1', model: 'm' },
      log: recordingLogger(),
      clock: new ManualClock('2025-08-01T00:00:00Z'),
      fetch: injectedFetch,
    });
    await opinion.refine(aNotice(), anExtraction());
    expect(opinion.enabled).toBe(true);
    expect(built.clients).toBe(1);
    expect(injectedFetch).toHaveBeenCalledOnce();
    expect(String(injectedFetch.mock.calls[0]?.[0])).toBe('http://127.0.0.1:9/v1/chat/completions');
    await opinion.close();
  });
});
