/**
 * YAML with positions: every problem found in a rules file, by the parser, the schema or a
 * cross-check, is reported at the line and column of the key or value it is about.
 */
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';

export interface RuleProblem {
  /** As given to the loader, e.g. `rules/providers/aws.yaml`. */
  file: string;
  line: number;
  col: number;
  message: string;
}

export type YamlPath = ReadonlyArray<string | number>;

export interface YamlFile {
  file: string;
  /** The document as plain data; null when the file has syntax errors or is empty. */
  data: unknown;
  doc: Document;
  /** Where the value at `path` starts; with `key`, where its key is written. Falls back to the nearest parent. */
  locate(path: YamlPath, key?: boolean): { line: number; col: number };
  /** A problem about the value at `path`, prefixed with the path so a reader can find it without an editor. */
  problem(path: YamlPath, message: string, key?: boolean): RuleProblem;
}

export function readYaml(file: string, text: string): { yaml: YamlFile; problems: RuleProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };

  const locate = (path: YamlPath, key = false) => {
    let node: unknown = doc.contents;
    let at = node && (node as Node).range ? position((node as Node).range![0]) : { line: 1, col: 1 };
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc);
      let next: unknown;
      let keyNode: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
        keyNode = pair?.key;
        next = pair?.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      const target = (key || next == null) && keyNode ? keyNode : next;
      const range = (target as Node | undefined)?.range;
      if (!range) break;
      at = position(range[0]);
      node = next;
    }
    return at;
  };

  const problem = (path: YamlPath, message: string, key = false): RuleProblem => {
    const prefix = path.length > 0 ? `${formatPath(path)}: ` : '';
    return { file, ...locate(path, key), message: prefix + message };
  };

  const problems: RuleProblem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    file,
    ...position(e.pos[0]),
    message: e.message.split('\n')[0] ?? e.message,
  }));
  const data = doc.errors.length > 0 ? null : doc.toJS({ maxAliasCount: 1000 });
  return { yaml: { file, data, doc, locate, problem }, problems };
}

/** `rules[3].match.from`, as a reader would write it. */
export function formatPath(path: YamlPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** zod's issues, each at its line, in words that say what to write. */
export function zodProblems(yaml: YamlFile, issues: z.core.$ZodIssue[], prefix: YamlPath = []): RuleProblem[] {
  const out: RuleProblem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(yaml.problem([...path, key], `unknown key "${key}"`, true));
    } else if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
      const name = path[path.length - 1];
      out.push(yaml.problem(path.slice(0, -1), `missing required key "${String(name)}"`));
    } else if (issue.code === 'invalid_key') {
      const inner = issue.issues.map((i) => i.message).join('; ');
      out.push(yaml.problem(path, `bad key "${String(path[path.length - 1])}": ${inner}`, true));
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.message === 'Invalid input') {
      // Report the branch that got furthest: its issues name what is actually wrong.
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      out.push(...zodProblems(yaml, best, path));
    } else {
      out.push(yaml.problem(path, issue.message));
    }
  }
  return out;
}

function depth(issues: z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}
