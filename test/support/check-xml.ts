// Checks that a text is well-formed XML with xmllint (libxml2-utils; CI installs it). Without
// xmllint on a user's machine the caller is told to skip, with one line.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const XMLLINT = '/usr/bin/xmllint';
let announced = false;

export function xmllintSkipReason(): string | undefined {
  if (existsSync(XMLLINT) || process.env.CI) return undefined;
  if (!announced) {
    announced = true;
    console.log(
      `# XML checks skipped: ${XMLLINT} is absent (apt-get install libxml2-utils; CI installs it).`,
    );
  }
  return `${XMLLINT} is absent`;
}

/** xmllint's complaints about `xml` (empty when it is well-formed). */
export function xmlProblems(xml: string): string {
  const run = spawnSync(XMLLINT, ['--noout', '--nonet', '-'], { input: xml, encoding: 'utf8' });
  if (run.error) throw run.error;
  return run.status === 0 ? '' : run.stderr || `xmllint exited with ${run.status}`;
}

/** The text of every element matched by an XPath expression. */
export function xpathTexts(xml: string, xpath: string): string[] {
  const run = spawnSync(XMLLINT, ['--nonet', '--xpath', xpath, '-'], { input: xml, encoding: 'utf8' });
  if (run.status !== 0) return [];
  return run.stdout.split('\n').filter(Boolean);
}
