import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { answer, startFakeOpenAi, type FakeOpenAi } from '../fakes/openai-server.ts';

const run = promisify(execFile);
const FILE = 'test/fixtures/cli/unknown-provider.eml';

describe('noticeboard extract --llm against a loopback OpenAI-compatible server', () => {
  let server: FakeOpenAi;
  beforeAll(async () => {
    server = await startFakeOpenAi();
  });
  afterAll(async () => {
    await server.close();
  });

  const extract = async (env: Record<string, string>) => {
    const { stdout, stderr } = await run(process.execPath, ['bin/noticeboard.js', 'extract', '--json', '--llm', FILE], {
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env },
    });
    return { line: JSON.parse(stdout.trim()) as Record<string, unknown>, stderr };
  };

  it('adds the grounded facts the model found, marked as its own, and drops an invented one', async () => {
    server.script(
      answer({
        actionRequired: true,
        dates: [{ text: 'the first of October, 2025', day: '2025-10-01', role: 'deadline' }],
        resources: ['orionwest', 'orioneast'],
      }),
    );
    const before = server.requests.length;
    const { line } = await extract({ OPENAI_API_KEY: server.apiKey, OPENAI_BASE_URL: server.url });
    expect(server.requests.length).toBe(before + 1);
    expect(String(line.deadline).slice(0, 10)).toBe('2025-10-01');
    expect(line.resources).toContain('orionwest');
    expect(line.resources).not.toContain('orioneast');
    expect(line.fromLlm).toBeDefined();
    expect(line.actionRequired).toBe(true);
  });

  it('without a key, says so and extracts as usual, sending nothing', async () => {
    const before = server.requests.length;
    const { line, stderr } = await extract({});
    expect(stderr).toContain('--llm needs OPENAI_API_KEY');
    expect(line.file).toBe(FILE);
    expect(line.fromLlm).toBeUndefined();
    expect(server.requests.length).toBe(before);
  });
});
