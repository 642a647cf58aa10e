import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCa {
  dir: string;
  cert: string;
  /** Issues a leaf for `names`, valid between the two instants (openssl `ca` takes explicit dates). */
  issue(name: string, names: string[], notBefore: Date, notAfter: Date): { key: string; cert: string };
}

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const stamp = (d: Date) => `${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
const run = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

/** A throwaway certificate authority in a temp folder; nothing here is trusted by the system. */
export function makeCa(commonName = 'noticeboard test CA'): TestCa {
  const dir = mkdtempSync(join(tmpdir(), 'nb-ca-'));
  mkdirSync(join(dir, 'issued'));
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  writeFileSync(
    join(dir, 'ca.cnf'),
    [
      '[ca]',
      'default_ca = test',
      '[test]',
      `dir = ${dir}`,
      'database = $dir/index.txt',
      'serial = $dir/serial',
      'new_certs_dir = $dir/issued',
      'default_md = sha256',
      'policy = anything',
      'unique_subject = no',
      'copy_extensions = copy',
      'email_in_dn = no',
      '[anything]',
      'commonName = supplied',
      '',
    ].join('\n'),
  );
  run(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '3650', '-subj', `/CN=${commonName}`], dir);
  return {
    dir,
    cert: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    issue(name, names, notBefore, notAfter) {
      const san = names.map((n) => `DNS:${n}`).join(',');
      run(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${names[0] ?? name}`, '-addext', `subjectAltName=${san}`], dir);
      run(['ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-in', `${name}.csr`, '-out', `${name}.pem`, '-startdate', stamp(notBefore), '-enddate', stamp(notAfter), '-notext'], dir);
      return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), cert: readFileSync(join(dir, `${name}.pem`), 'utf8') };
    },
  };
}
