import { rewriteCounts, type Counted } from './counted.ts';
import { MAX_DATE_TEXT } from './grammar.ts';
import { monthFirst, type DayOrder } from './numeric-dates.ts';

/**
 * What the grammar is given: the notice's words rewritten, each at its own length so that positions
 * stay those of the notice, into what chrono reads as the writer meant (ids, versions and verbs
 * blanked; times written other ways, ranges chrono would misread, counts from the notice itself).
 */
export function grammarText(prose: string, order: DayOrder): Counted {
  const text = monthFirst(prose.slice(0, preparedLength(prose)), order)
    .replace(LOOSE_ORDINAL, ordinal)
    .replace(EUROPEAN_TIME, (time) => time.replace(/[.h]/, ':'))
    .replace(UNICODE_MINUS, '-')
    .replace(WRITTEN_ELSEWISE, respell)
    .replace(CLOCK_WORDS, (all: string, time?: string, word?: string, zulu?: string, hour?: string, minute?: string, hours?: string, minutes?: string, mark?: string) =>
      time ? time + ' '.repeat((word ?? zulu ?? '').length) : hour && minute ? `${hour}:${minute}` : hours && minutes && mark ? `${hours}:${minutes}${' '.repeat(mark.length - 1)}` : all,
    )
    .replace(SECOND_ZONE, (_all, first: string, second: string) => first + ' '.repeat(second.length))
    .replace(TIME_TO_DAY, (_all, time: string, word: string) => time + ' '.repeat(word.length))
    .replace(ID_TOKEN, (id) => (/\d/.test(id) ? ' '.repeat(id.length) : id))
    .replace(VERB_MONTHS, (w) => ' '.repeat(w.length))
    .replace(DECIMAL, (d) => d.replace(/\d/g, ' '))
    .replace(LABEL_ZONE, (_all, label: string, zone: string) => label + ' '.repeat(zone.length))
    .replace(CARD_EXPIRY, (all: string, month: string, offset: number, whole: string) =>
      CARD.test(whole.slice(Math.max(0, offset - 100), offset)) ? all.slice(0, -month.length) + ' '.repeat(month.length) : all,
    );
  return rewriteCounts(text);
}

/**
 * A day's ordinal written loosely (`31rst`, `1 st`, `2ⁿᵈ`) is read as chrono reads `31st`; the suffix
 * is moved against its digits and padded, so the phrase keeps its length. chrono reads any of the
 * four suffixes after any number, so `22th` needs nothing.
 */
const LOOSE_ORDINAL = /(?<![\w.,:/-])([0-3]?\d)(?:(\s)(st|nd|rd|th)|(rst|ˢᵗ|ⁿᵈ|ʳᵈ|ᵗʰ))(?![\p{L}\d])/gu;
function ordinal(all: string, day: string): string {
  return `${day}th`.padEnd(all.length, ' ');
}
/**
 * Words chrono does not read, respelled at their own length: a month written the French or German way
 * (`18 Novembre 2024`, `1. Oktober`, `Décembre`), and a count in the British idiom (`in one year's
 * time`, `in two weeks' time`), which is the count itself from the message date.
 */
const WRITTEN_ELSEWISE = /\b(?:(Septem|Octo|Novem|D[ée]cem)bre|Okto(ber)|Dezem(ber))\b|\b(in\s+(?:a|an|one|two|three|four|five|six|\d{1,3})\s+(?:day|week|month|year)s?)(['’]s?\s+time)\b/gi;
const ENGLISH_STEM: Record<string, string> = { septem: 'Septem', octo: 'Octo', novem: 'Novem', 'décem': 'Decem', decem: 'Decem' };
function respell(all: string, stem?: string, _okto?: string, _dezem?: string, count?: string, idiom?: string): string {
  if (count && idiom) return count + ' '.repeat(idiom.length);
  if (stem) return `${ENGLISH_STEM[stem.toLowerCase()] ?? stem}ber`.padEnd(all.length, ' ').slice(0, all.length);
  return /^o/i.test(all) ? 'October' : 'December';
}
/** `UTC−5` written with a minus sign: chrono reads only the hyphen. */
const UNICODE_MINUS = /(?<=\b(?:UTC|GMT)\s?)\u2212(?=\s?\d)/g;
/**
 * A card's expiry is a month and a year (`expires 07/26`, `exp. 11/27`): not the 26th of July, and no
 * day to read at all; blanked where a card is named just before it.
 */
const CARD_EXPIRY = /\b(?:exp(?:ires|iring|iry|iration)?\.?|valid\s+(?:thru|through|until))[ \t]*(?:on[ \t]+|date[ \t]*:?[ \t]*|:[ \t]*)?((?:0[1-9]|1[0-2])\/\d{2})(?![\d/])/gi;
const CARD = /\bcards?\b/i;
/** In lower case these are verbs (`may be blocked`), not months. */
const VERB_MONTHS = /\b(?:may|march)\b/g;
/** Version numbers (`Python 3.8 may…`) are not days. */
const DECIMAL = /(?<![\d.])\d{1,3}\.\d{1,2}(?![.\d])/g;
/**
 * Times written the European way, `17.30 CET` and `09h00`, read as `17:30` and `09:00`. A dotted pair
 * is a time only with a zone or am/pm after it (`Ubuntu 22.04 LTS` is a version), as is a range of two.
 */
const CLOCK_ZONE = String.raw`\s*(?:[aApP]\.?[mM]\b|(?:UTC|GMT|CES?T|EES?T|WES?T|BST|IST|[ECMP][SD]?T|JST|KST|SGT|HKT|AES?T|AEDT|MSK)\b|Uhr\b)`;
/**
 * Other ways of writing a time chrono does not read, each rewritten at its own length: `23:59 hrs UTC`
 * (the word blanked), `09:00Z` (the `Z` of UTC blanked: the notice's zone is UTC unless it says
 * otherwise), `0900 UTC` (as `9:00 UTC`), `1700Z` and `0200Z` (as `17:00` and `02:00`, the `Z` giving way to the
 * colon), `1900 hrs` (as `19:00`, the word blanked).
 */
const CLOCK_WORDS = /(?<![\w:])(\d{1,2}:\d{2})(?:(\s*(?:hrs|hours|h)\b)(?=\s*(?:[A-Z]{2,5}\b|\(|on\b|,|$))|(Z)\b)|(?<![\w:.-])0(\d)([0-5]\d)(?=\s*(?:UTC|GMT|hours\b))|(?<![\w:.-])([01]\d|2[0-3])([0-5]\d)(Z|\s*hrs)\b/g;
const EUROPEAN_TIME = new RegExp(
  String.raw`(?<![\w.])(?:([01]?\d|2[0-3])h([0-5]\d)(?![\w.])|([01]?\d|2[0-3])\.([0-5]\d)(?=(?:\s*(?:-|–|to|and|until)\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?${CLOCK_ZONE}))`,
  'g',
);

/**
 * Ids with letters, a separator and digits (`INV-2024-08-118734`, `CVE-2024-1086`) hide date-like
 * digit runs; they are blanked before the grammar reads the text.
 */
const ID_TOKEN = /\b(?!(?:UTC|GMT|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[-+])[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+/g;
const ZONED_TIME = String.raw`\d{1,2}(?::\d{2}){0,2}\s*(?:[aApP]\.?[mM]\.?)?\s*(?:[A-Z]{2,5}|UTC[+-]\d{1,2}(?::?\d{2})?)\b`;
/**
 * The same time in a second zone (`10:00 am PDT / 5:00 pm UTC`, `17:00 UTC (10:00 PDT)`) is blanked
 * before the grammar reads the text, so `A / A' to B / B' on June 20` reads as the range A to B.
 */
const SECOND_ZONE = new RegExp(String.raw`(${ZONED_TIME})(\s*(?:\/|\(|\bor\b)\s*${ZONED_TIME}\)?)`, 'g');
/** A zone that labels a column or a field (`Maintenance time (UTC+08:00)`) is not a time of day. */
const LABEL_ZONE = /(\btimes?\s*\(\s*)((?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::\d{2})?)/gi;
/**
 * `3 March 2026 22:00 to 4 March 2026 02:00`, `2026-03-03 22:00 - 2026-03-04 02:00`: chrono reads the
 * time and the day after it as a range of hours (`22:00 to 4`, `22:00 to 2026-03` with an offset) and
 * loses the second date. The word between them is blanked; joinRanges reads the two as one window.
 */
const TIME_TO_DAY = /(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?)?(?:\s*[A-Z]{2,5})?)(\s*(?:\bto\b|\buntil\b|\btill\b|-|–|—)\s*)(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s|\d{4}-\d{2}-\d{2})/g;

/** Characters an id token (ID_TOKEN) cannot hold, and characters a restated time (SECOND_ZONE) cannot hold. */
const NOT_ID = /[^A-Za-z0-9_-]/g;
const NOT_TIME = /[^\s0-9A-Z:.+\-/()apmor]/g;
/** Longer than any match of the other rewrites (numeric dates, verbs, versions, times, ranges), lookarounds included. */
const REWRITE_REACH = 48;

/**
 * The grammar reads only the first MAX_DATE_TEXT characters, so only that much needs rewriting, plus
 * enough that every rewrite reaching into it comes out as it would from the whole text: up to a
 * character no id token and no restated time can run across. A long list of ids is not rewritten.
 */
function preparedLength(prose: string): number {
  const from = MAX_DATE_TEXT + REWRITE_REACH;
  if (prose.length <= from) return prose.length;
  NOT_ID.lastIndex = from;
  NOT_TIME.lastIndex = from;
  const id = NOT_ID.exec(prose);
  const time = NOT_TIME.exec(prose);
  return id && time ? Math.max(id.index, time.index) + 1 : prose.length;
}
