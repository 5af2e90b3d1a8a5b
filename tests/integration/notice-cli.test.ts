// `ropa policy` on a real workspace file: every format, Word structure, overrides that go stale
// when the records change, translations stored in the workspace, and the document round trip.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { saveTranslations } from '../../electron/services/notice/overrides';
import { Workspace } from '../../electron/services/workspace';
import { buildSampleDocument } from '../../shared/sample';
import { ropa } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

async function sampleWorkspace(): Promise<string> {
  const file = join(await tempDir(), 'sample.ropa');
  const r = await ropa('demo', file);
  expect(r.code).toBe(0);
  return file;
}

describe('ropa policy', () => {
  it('prints the notice as Markdown, HTML or text on stdout', async () => {
    const file = await sampleWorkspace();
    const md = await ropa('policy', file, '--product', 'roomify smart camera');
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Privacy Notice: Roomify Smart Camera');
    expect(md.stdout).toContain('## 1. Controller and contact details');
    expect(md.stdout).toContain('| Purpose | Legal basis |');
    const html = await ropa('policy', file, '--product', 'prod-roomify-app', '--format', 'html');
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain('<a href="https://roomify.tech/delete-account">https://roomify.tech/delete-account</a>');
    const txt = await ropa('policy', file, '--product', 'Ledgerly', '--format', 'txt', '--lang', 'fr');
    expect(txt.stdout).toContain('Politique de confidentialité\u00A0: Ledgerly');
    // The sample is translated into French; Ledgerly declares only English and German, which is said.
    expect(txt.code).toBe(0);
    expect(txt.stderr).toContain('note: "Ledgerly" does not declare French among its notice languages (German, English).');
    expect(txt.stderr).not.toContain('Not yet translated');
  });

  it('fails a translated notice with English left in it, naming each text, unless --allow-fallback', async () => {
    const dir = await tempDir();
    const file = join(dir, 'untranslated.json');
    const doc = buildSampleDocument(new Date('2026-03-15T12:00:00Z'));
    delete doc.translations;
    await writeFile(file, JSON.stringify(doc));
    const r = await ropa('policy', file, '--product', 'Ledgerly', '--lang', 'de', '--format', 'txt');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Datenschutzerklärung: Ledgerly');
    expect(r.stderr).toContain('warning: Not yet translated into German: the purpose “Bill Ledgerly subscriptions and collect payments” in “Subscription billing”. The notice shows the English text.');
    expect(r.stderr).toMatch(/The German notice of "Ledgerly" is not wholly in German: \d+ texts fell back to English \(listed above\)\. Translate them, or accept the fallback with --allow-fallback\./);
    const allowed = await ropa('policy', file, '--product', 'Ledgerly', '--lang', 'de', '--format', 'txt', '--allow-fallback');
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('warning: Not yet translated into German: the purpose “Bill Ledgerly subscriptions and collect payments”');
    expect(allowed.stderr).toMatch(/The German notice of "Ledgerly" shows \d+ texts in English \(listed above\); accepted with --allow-fallback\./);
    const translated = await ropa('policy', await sampleWorkspace(), '--product', 'Ledgerly', '--lang', 'de', '--format', 'txt');
    expect(translated.code).toBe(0);
    expect(translated.stderr).not.toContain('Not yet translated');
  });

  it('writes a Word file with real heading styles, lists and tables', async () => {
    const file = await sampleWorkspace();
    const out = join(await tempDir(), 'notice.docx');
    const r = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--format', 'docx', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Wrote the English notice of "Roomify Smart Camera"`);
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(out)))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:numPr>');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('11. Your right to object');
    expect(xml).toContain('12. Your rights');
    expect(xml).toContain('Profile &gt; Account Security &gt; Delete account');
    expect(xml).toContain('Standard Contractual Clauses');
  });

  it('refuses Word output to the terminal and unknown products, languages and formats', async () => {
    const file = await sampleWorkspace();
    const docx = await ropa('policy', file, '--product', 'Ledgerly', '--format', 'docx');
    expect(docx.code).toBe(2);
    expect(docx.stderr).toContain('--format docx writes a Word file: give --out FILE.docx');
    const missing = await ropa('policy', file, '--product', 'Nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No product is named "Nope". The products are: "Roomify Smart Camera", "Ledgerly", "Ledgerly for Shopify".');
    expect((await ropa('policy', file, '--product', 'Ledgerly', '--lang', 'es')).stderr).toContain('unknown --lang "es" (choose en, de, fr)');
    expect((await ropa('policy', file, '--product', 'Ledgerly', '--format', 'pdf')).code).toBe(2);
  });

  it('keeps an override, flags it stale once the records change the section, and reverts it', async () => {
    const file = await sampleWorkspace();
    const textFile = join(await tempDir(), 'retention.txt');
    await writeFile(textFile, 'We keep account data for the term of the contract plus 12 months.\n');
    const set = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--override', 'retention', '--text-file', textFile, '--as', 'Dana');
    expect(set.code).toBe(0);
    let r = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--format', 'txt');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('We keep account data for the term of the contract plus 12 months.');
    expect(r.stderr).not.toContain('stale');

    const ws = await Workspace.open(file, { backups: false, actor: 'Dana' });
    const support = await ws.getActivity('act-roomify-support');
    if (support === undefined) throw new Error('no support activity');
    await ws.saveActivity({ ...support, dataCategories: support.dataCategories.map((c) => ({ ...c, retention: 'Three years after the ticket is closed.' })) });
    const log = await ws.changes({ entityType: 'product', entityId: 'prod-roomify-app' });
    await ws.close();
    expect(log.some((c) => c.actor === 'Dana' && c.summary === 'Replaced the section "How long we keep personal data" of the English notice of "Roomify Smart Camera" with own text')).toBe(true);

    r = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--format', 'txt');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('We keep account data for the term of the contract plus 12 months.');
    expect(r.stderr).toContain('stale override: section "retention" (How long we keep personal data) was written on');
    expect(r.stderr).toContain('--revert retention');

    expect((await ropa('policy', file, '--product', 'Roomify Smart Camera', '--revert', 'retention')).code).toBe(0);
    r = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--format', 'txt');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Three years after the ticket is closed.');
    expect((await ropa('policy', file, '--product', 'Roomify Smart Camera', '--revert', 'retention')).stderr).toContain('has no override for section "retention"');
    const bad = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--override', 'nonsense', '--text-file', textFile);
    expect(bad.stderr).toContain('has no section "nonsense". Its sections are: controller, scope, data');
  });

  it('uses translations stored in the workspace, and exports and imports them with the overrides exactly', async () => {
    const file = await sampleWorkspace();
    const ws = await Workspace.open(file, { backups: false });
    await saveTranslations(ws, [{ entityType: 'text', entityId: '*', field: 'Account data', lang: 'de', text: 'Kontodaten' }]);
    await ws.close();
    const textFile = join(await tempDir(), 'children.txt');
    await writeFile(textFile, 'Roomify richtet sich nur an Erwachsene.');
    expect((await ropa('policy', file, '--product', 'Roomify Smart Camera', '--lang', 'de', '--override', 'children', '--text-file', textFile)).code).toBe(0);
    const de = await ropa('policy', file, '--product', 'Roomify Smart Camera', '--lang', 'de', '--format', 'txt');
    expect(de.stdout).toContain('Kontodaten');
    expect(de.stdout).toContain('Roomify richtet sich nur an Erwachsene.');
    expect(de.stderr).not.toContain('"Account data"');

    const json = join(await tempDir(), 'export.json');
    await ropa('export', file, '--format', 'json', '--out', json);
    const exported = JSON.parse(await readFile(json, 'utf8')) as { translations?: unknown[]; noticeOverrides?: { sectionKey: string }[]; exportedAt: string };
    // the sample's own translations, with "Account data" replaced (not added)
    expect(exported.translations).toHaveLength(buildSampleDocument().translations?.length ?? 0);
    expect(exported.translations).toContainEqual({ entityType: 'text', entityId: '*', field: 'Account data', lang: 'de', text: 'Kontodaten' });
    expect(exported.noticeOverrides?.map((o) => o.sectionKey)).toEqual(['children']);
    const copy = join(await tempDir(), 'copy.ropa');
    await ropa('init', copy);
    expect((await ropa('import', copy, json)).code).toBe(0);
    const again = join(await tempDir(), 'again.json');
    await ropa('export', copy, '--format', 'json', '--out', again);
    const reexported = JSON.parse(await readFile(again, 'utf8')) as typeof exported;
    expect({ ...reexported, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });
    const fromJson = await ropa('policy', json, '--product', 'Roomify Smart Camera', '--lang', 'de', '--format', 'txt');
    expect(fromJson.stdout).toContain('Roomify richtet sich nur an Erwachsene.');
  });
});
