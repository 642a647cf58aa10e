// mbox: messages one after another, each opened by a "From " line (sender and asctime date). Writers
// escape body lines that begin "From " as ">From " (mboxrd also ">>From " and deeper); reading removes
// one ">". Not every writer leaves a blank line before the next From_ line, so a From_ line that
// looks like one (an address-like token and a date) also separates messages.

const FROM_LINE = /^From \S+ +(?:[A-Z][a-z]{2} +){1,2}\d{1,2} /;
const ESCAPED_FROM = /^>(>*From )/gm;

/** One mbox file → its messages as bytes, From_ lines removed and escaping undone. */
export function splitMbox(bytes: Buffer): Buffer[] {
  // latin1 maps each byte to one character and back, so bytes of any charset survive the split.
  const text = bytes.toString('latin1');
  const starts: number[] = [];
  let previousBlank = true;
  let position = 0;
  while (position < text.length) {
    const eol = text.indexOf('\n', position);
    const end = eol === -1 ? text.length : eol;
    if (text.startsWith('From ', position)) {
      const line = text.slice(position, Math.min(end, position + 200));
      if (previousBlank || FROM_LINE.test(line)) starts.push(position);
    }
    previousBlank = end - position === 0 || (end - position === 1 && text.charCodeAt(position) === 0x0d);
    position = end + 1;
  }
  if (starts.length === 0) return [];
  return starts.map((start, i) => {
    const stop = starts[i + 1] ?? text.length;
    const eol = text.indexOf('\n', start);
    const body = eol === -1 || eol >= stop ? '' : text.slice(eol + 1, stop);
    return Buffer.from(body.replace(ESCAPED_FROM, '$1'), 'latin1');
  });
}
