import { describe, expect, it } from 'vitest';
import { findDomains } from '../../src/extraction/hosts.ts';

describe('a host offered beside the one the reader uses is an alternative, not theirs', () => {
  it.each([
    ['Our archive answers under several names, so ftp.quillnet.org also works.'],
    ['During the move, sftp.bramblebox.net works as well.'],
    ['If the primary is slow you can also use ftp.mirrors-nord.eu for downloads.'],
    ['Alternatively, use ftp.otterfiles.io for large files.'],
    ['For readers in Asia, sftp.otterfiles.io is also available.'],
    ['Uploads now go from ftp.old-harbor.net to ftp.new-harbor.net from Monday.'],
  ])('%s', (text) => {
    const found = findDomains(text, false, null);
    expect(found.filter((h) => !h.includes('old-harbor'))).toEqual([]);
  });

  it.each([
    ['The host name changes from ftp.old-harbor.net to files.new-harbor.net.', ['ftp.old-harbor.net']],
    ['Please stop using ftp.quillnet.org before June.', ['ftp.quillnet.org']],
    ['Clients that connect to sftp.bramblebox.net must update their keys.', ['sftp.bramblebox.net']],
  ])('the host the reader uses still counts: %s', (text, expected) => {
    expect(findDomains(text, false, null)).toEqual(expected);
  });
});
