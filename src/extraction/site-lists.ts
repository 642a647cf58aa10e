import { matchesOf } from './anchored.ts';
/**
 * Sites named by city with their code, two or more in a row: `Amsterdam (AMS) and Frankfurt (FRA)`,
 * `Paris (PAR), Madrid (MAD) and Milan (MIL)`, or code first (`SEO01 (Seoul) and OSL01 (Oslo)`). One such pair could be any name with its acronym; a
 * list of them, each code spelled from its own city's letters, is a list of places. A list that the
 * text then calls places (`Dallas (DFW) and Los Angeles (LAX) edge locations`) is one whatever the
 * codes spell, as airport codes often do not.
 */
const PAIR = String.raw`[A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?[ \t]\([A-Z]{3}\d?\)`;
/** IBM writes the code first, numbered: `MEX01 (Mexico City)`, `CHE01(Chennai)`. */
const CODE_FIRST = String.raw`[A-Z]{3}\d{0,2}[ \t]?\([A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?\)`;
const JOIN = String.raw`(?:,[ \t]|,?[ \t](?:and|or|&)[ \t])`;
const PLACES = String.raw`([ \t]+(?:edge[ \t]+)?(?:locations|data[ \t]?cent(?:er|re)s|datacent(?:er|re)s|PoPs|regions|sites)\b)?`;
const SITE_LIST = new RegExp(String.raw`(?:${PAIR}(?:${JOIN}${PAIR}){1,8}|${CODE_FIRST}(?:${JOIN}${CODE_FIRST}){1,8})${PLACES}`, 'g');
const SENT_THERE = /\b(?:add|create|launch|deploy|move|migrat\w*|switch|choose|pick|use)\b[^.\n]{0,40}$/i;
const ONE = /([A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?)[ \t]\(([A-Z]{3}\d?)\)/g;
const ONE_CODE_FIRST = /([A-Z]{3}\d{0,2})[ \t]?\(([A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?)\)/g;
/**
 * `in Frankfurt (fra)`: a code in lower case is no acronym, so one spelled from the name before it
 * names that place; not where the reader is told to go there (`add a replica in Frankfurt (fra)`).
 */
const LOWER_PAIR = /\b(?:in|at|from)[ \t]+([A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?)[ \t]\(([a-z]{3}\d?)\)/g;

/** The codes of every list of two or more sites; a list where any code is not spelled from its city is none. */
export function siteCodes(prose: string): string[] {
  if (!prose.includes(')')) return [];
  const out: string[] = [];
  for (const list of matchesOf(prose, SITE_LIST)) {
    const codeFirst = /^[A-Z]{3}[\d \t(]/.test(list[0]);
    const pairs = codeFirst ? [...matchesOf(list[0], ONE_CODE_FIRST)].map((m) => [m[2] ?? '', m[1] ?? ''] as const) : [...matchesOf(list[0], ONE)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
    if (list[1] || pairs.every(([city, code]) => spelledFrom(code, city))) out.push(...pairs.map(([, code]) => code));
  }
  for (const m of matchesOf(prose, LOWER_PAIR)) {
    if (spelledFrom(m[2] ?? '', m[1] ?? '') && !SENT_THERE.test(prose.slice(Math.max(0, m.index - 50), m.index))) out.push(m[2] ?? '');
  }
  return out;
}

/** `AMS` from `Amsterdam`, `CHI` from `Chicago`: the code's letters in order, the first one first. */
function spelledFrom(code: string, city: string): boolean {
  const letters = code.replace(/\d+$/, '').toLowerCase();
  const name = city.toLowerCase();
  if (name[0] !== letters[0]) return false;
  let at = 0;
  for (const ch of letters) {
    at = name.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
