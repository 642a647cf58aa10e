/**
 * The largest file, message or feed document the readers accept. Provider notices are a few
 * kilobytes; the cap keeps one pathological input from holding a worker for long or exhausting memory.
 */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

/**
 * The largest feed document. fast-xml-parser builds text one character at a time, about 2-3 MB/s on
 * a busy two-core machine, in one synchronous pass that holds the process; provider feeds are a few
 * hundred kilobytes.
 */
export const MAX_FEED_BYTES = 2 * 1024 * 1024;

/**
 * How much of a message mailparser is given. A notice's text comes first in its MIME tree and the
 * text limits below are met well within this; what lies beyond is attachments, which are not read,
 * and parsing them costs time and memory in proportion to their size.
 */
export const MAX_PARSED_BYTES = 4 * 1024 * 1024;

/**
 * The most text one notice hands to extraction. Real notices are a few thousand characters (Gmail
 * clips a message at 102 KB); beyond this the rest is dropped with a warning, so extraction's work
 * per notice stays bounded whatever arrives.
 */
export const MAX_TEXT_CHARS = 500_000;

/** The most HTML converted to text: markup is several times the text it carries. */
export const MAX_HTML_CHARS = 4 * MAX_TEXT_CHARS;
