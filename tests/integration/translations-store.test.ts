/**
 * Issue 13 on both stores (a workspace file and a team workspace on PostgreSQL): the
 * source text kept with a translation, removing translations, saving the texts of a
 * notice in one transaction with its change-log entry, and the XLIFF round trip.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSampleDocument, LEDGERLY_APP_ID } from '../../shared/sample';
import { generateNotice, renderNoticeText } from '../../shared/notice';
import { loadNoticeInput } from '../../electron/services/notice/input';
import { productTexts, saveProductTranslations } from '../../electron/services/translations/translations-service';
import { exportTranslationsXliff, importTranslationsXliff } from '../../electron/services/translations/xliff';
import { ENGINES, type Engines, useEngines } from '../helpers/engines';

let engines: Engines;
beforeAll(async () => {
  engines = await useEngines(inject('postgres'), 'translations_store');
});
afterEach(async () => engines.cleanup());
afterAll(async () => engines.cleanup());

const sample = () => {
  const doc = buildSampleDocument(new Date('2026-11-01T10:00:00Z'));
  return { ...doc, translations: [] };
};

/** Fills every target of an exported file the way a translator's tool would. */
function fillTargets(xml: string, translate: (source: string) => string): string {
  return xml.replace(/(<source>)([\s\S]*?)(<\/source>)(\s*)(<target>[\s\S]*?<\/target>\s*)?/g, (_m, a: string, src: string, b: string, ws: string) => `${a}${src}${b}${ws}<target>${translate(src)}</target>${ws}`);
}

describe.each(ENGINES)('translations on the %s store', (engine) => {
  it('keeps the source text of a translation, and removes translations by field and language', async () => {
    const ws = await engines.fresh(engine);
    await ws.importDocument(sample());
    await ws.writeWith(async (w) => {
      await w.putTranslations([
        { entityType: 'product', entityId: LEDGERLY_APP_ID, field: 'description', lang: 'de', text: 'Beschreibung', sourceText: 'Description' },
        { entityType: 'product', entityId: LEDGERLY_APP_ID, field: 'hostingStatement', lang: 'de', text: 'Hosting' },
      ]);
    });
    expect(await ws.readWith((r) => r.translations())).toEqual([
      { entityType: 'product', entityId: LEDGERLY_APP_ID, field: 'description', lang: 'de', text: 'Beschreibung', sourceText: 'Description' },
      { entityType: 'product', entityId: LEDGERLY_APP_ID, field: 'hostingStatement', lang: 'de', text: 'Hosting' },
    ]);
    const removed = await ws.writeWith((w) =>
      w.deleteTranslations([
        { entityType: 'product', entityId: LEDGERLY_APP_ID, field: 'description', lang: 'de' },
        { entityType: 'product', entityId: LEDGERLY_APP_ID, field: 'description', lang: 'fr' },
      ]),
    );
    expect(removed).toBe(1);
    expect((await ws.readWith((r) => r.translations())).map((t) => t.field)).toEqual(['hostingStatement']);
    // The source text travels in the JSON export and back.
    await ws.writeWith((w) => w.putTranslations([{ entityType: 'product', entityId: LEDGERLY_APP_ID, field: 'description', lang: 'de', text: 'B', sourceText: 'S' }]));
    expect((await ws.exportDocument()).translations).toContainEqual({ entityType: 'product', entityId: LEDGERLY_APP_ID, field: 'description', lang: 'de', text: 'B', sourceText: 'S' });
  });

  it('saves a typed translation with one change-log entry, and a save that changes nothing logs nothing', async () => {
    const ws = await engines.fresh(engine, { actor: 'Ana' });
    await ws.importDocument(sample());
    const before = await productTexts(ws, 'Ledgerly', 'de');
    const item = before.texts.find((t) => t.where === 'The purpose “Answer questions from Ledgerly users” in “Customer support chat”');
    if (item === undefined) throw new Error('Ledgerly has a support purpose');
    const r = await saveProductTranslations(ws, 'Ledgerly', 'de', [{ id: item.id, text: 'Fragen der Ledgerly-Nutzer beantworten' }], 'in the translation editor');
    expect(r).toMatchObject({ filled: 1, changed: 0, left: 0 });
    expect(r.counts.missing).toBe(before.counts.missing - 1);
    const [entry] = await ws.changes({ limit: 1 });
    expect(entry?.summary).toBe('Translated 1 text of the notice of "Ledgerly" into German in the translation editor (1 filled)');
    expect(entry?.actor).toBe(engines.author(engine, 'Ana'));
    const german = renderNoticeText(generateNotice(await loadNoticeInput(ws, 'Ledgerly'), { lang: 'de', today: '2026-11-02' }).document);
    expect(german).toContain('Fragen der Ledgerly-Nutzer beantworten');

    const logged = (await ws.changes()).length;
    const again = await saveProductTranslations(ws, 'Ledgerly', 'de', [{ id: item.id, text: 'Fragen der Ledgerly-Nutzer beantworten' }], 'in the translation editor');
    expect(again).toMatchObject({ filled: 0, changed: 0, left: 1 });
    expect((await ws.changes()).length).toBe(logged);

    await expect(saveProductTranslations(ws, 'Ledgerly', 'fr', [{ id: item.id, text: 'x' }], 'x')).rejects.toThrow(
      'The notice of "Ledgerly" is not declared in French; it can be translated into German.',
    );
    await expect(saveProductTranslations(ws, 'Ledgerly', 'de', [{ id: item.id, text: 'y' }, { id: 'activity:nope:name', text: 'z' }], 'x')).rejects.toThrow(/nothing was changed/);
    expect((await productTexts(ws, 'Ledgerly', 'de')).texts.find((t) => t.id === item.id)?.translation).toBe('Fragen der Ledgerly-Nutzer beantworten');
  });

  it('round-trips XLIFF: unchanged changes nothing; a file with targets fills the language and the German notice has the text', async () => {
    const ws = await engines.fresh(engine);
    await ws.importDocument(sample());
    const { xml, view } = await exportTranslationsXliff(ws, 'Ledgerly', 'de');
    const logged = (await ws.changes()).length;
    const unchanged = await importTranslationsXliff(ws, 'Ledgerly', 'de', xml, 'Ledgerly.de.xlf');
    expect(unchanged).toMatchObject({ filled: 0, changed: 0, left: view.texts.length });
    expect((await ws.changes()).length).toBe(logged);

    const filled = await importTranslationsXliff(ws, 'Ledgerly', 'de', fillTargets(xml, (s) => `DE ${s}`), 'Ledgerly.de.xlf');
    expect(filled).toMatchObject({ filled: view.texts.length, changed: 0, staleOnArrival: 0 });
    expect(filled.counts).toMatchObject({ missing: 0, stale: 0, done: view.texts.length });
    expect((await ws.changes({ limit: 1 }))[0]?.summary).toBe(`Translated ${view.texts.length} texts of the notice of "Ledgerly" into German from Ledgerly.de.xlf (${view.texts.length} filled)`);
    const german = generateNotice(await loadNoticeInput(ws, 'Ledgerly'), { lang: 'de', today: '2026-11-02' });
    expect(german.warnings.filter((w) => w.code === 'missing_translation')).toEqual([]);
    expect(renderNoticeText(german.document)).toContain('DE Answer questions from Ledgerly users');

    // Exported again with the targets, and imported unchanged: still nothing changes.
    const again = await exportTranslationsXliff(ws, 'Ledgerly', 'de');
    const count = (await ws.changes()).length;
    expect((await importTranslationsXliff(ws, 'Ledgerly', 'de', again.xml, 'again.xlf')).left).toBe(view.texts.length);
    expect((await ws.changes()).length).toBe(count);
  });
});

describe('out of date, kept, and own wording of a section', () => {
  it('marks a translation out of date when the English changes, and "still right" makes it done again', async () => {
    const ws = await engines.fresh('file');
    await ws.importDocument(sample());
    const id = (await productTexts(ws, 'Ledgerly', 'de')).texts.find((t) => t.where === 'The description of “Ledgerly”')?.id ?? '';
    await saveProductTranslations(ws, 'Ledgerly', 'de', [{ id, text: 'Web-SaaS für kleine Unternehmen' }], 'in the translation editor');
    const product = (await ws.listProducts()).find((p) => p.name === 'Ledgerly');
    if (!product) throw new Error('Ledgerly');
    await ws.saveProduct({ ...product, description: 'Web SaaS for small businesses and freelancers' });
    const stale = (await productTexts(ws, 'Ledgerly', 'de')).texts.find((t) => t.id === id);
    expect(stale).toMatchObject({ status: 'stale', source: 'Web SaaS for small businesses and freelancers', translation: 'Web-SaaS für kleine Unternehmen' });
    // Saving the same text without confirming leaves it out of date; confirming records the English it now matches.
    expect((await saveProductTranslations(ws, 'Ledgerly', 'de', [{ id, text: 'Web-SaaS für kleine Unternehmen' }], 'x')).counts.stale).toBe(1);
    const kept = await saveProductTranslations(ws, 'Ledgerly', 'de', [{ id, text: 'Web-SaaS für kleine Unternehmen', confirm: true }], 'in the translation editor');
    expect(kept).toMatchObject({ changed: 1, counts: { stale: 0 } });
  });

  it('translates an English section override into a German one, which the German notice shows', async () => {
    const ws = await engines.fresh('file');
    await ws.importDocument(sample());
    const input = await loadNoticeInput(ws, 'Ledgerly');
    const section = generateNotice(input, { lang: 'en', today: '2026-11-02' }).document.sections.find((s) => s.key === 'contact');
    if (!section) throw new Error('the notice has a contact section');
    await ws.writeWith((w, ctx) =>
      w.putNoticeOverrides([{ productId: input.product.id, lang: 'en', sectionKey: 'contact', text: 'Write to privacy@ledgerly.example.', generatedText: '', updatedAt: ctx.now.toISOString() }]),
    );
    const item = (await productTexts(ws, 'Ledgerly', 'de')).texts.find((t) => t.kind === 'section');
    expect(item).toMatchObject({ status: 'missing', where: `Your own wording of the section “${section.heading}”`, source: 'Write to privacy@ledgerly.example.' });
    await saveProductTranslations(ws, 'Ledgerly', 'de', [{ id: item?.id ?? '', text: 'Schreiben Sie an privacy@ledgerly.example.' }], 'in the translation editor');
    const german = renderNoticeText(generateNotice(await loadNoticeInput(ws, 'Ledgerly'), { lang: 'de', today: '2026-11-02' }).document);
    expect(german).toContain('Schreiben Sie an privacy@ledgerly.example.');
    expect((await productTexts(ws, 'Ledgerly', 'de')).texts.find((t) => t.kind === 'section')?.status).toBe('done');
  });
});

describe('an XLIFF file that is not for this product and language', () => {
  it('is refused with a clear message, and nothing changes', async () => {
    const ws = await engines.fresh('file');
    await ws.importDocument(sample());
    const { xml } = await exportTranslationsXliff(ws, 'Ledgerly', 'de');
    const filled = fillTargets(xml, (s) => `DE ${s}`);
    const state = async () => JSON.stringify([await ws.readWith((r) => r.translations()), (await ws.changes()).length]);
    const before = await state();
    const refusals: [string, string, RegExp][] = [
      ['Ledgerly for Shopify', filled, /holds the texts of "Ledgerly", not of "Ledgerly for Shopify"\. Nothing was changed\.$/],
      ['Ledgerly', filled.replace('target-language="de"', 'target-language="fr"'), /is a translation into French, not into German\. Nothing was changed\.$/],
      ['Ledgerly', filled.replace(/original="[^"]*"/, 'original="messages.json"'), /was not exported from RoPA Desk \(its file is "messages\.json"\)/],
      ['Ledgerly', filled.slice(0, filled.length / 2), /This XLIFF file is damaged and cannot be read/],
      ['Ledgerly', '{"translations": []}', /^This file is not an XLIFF file\. Nothing was changed\.$/],
      ['Ledgerly', '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>', /This is an XLIFF 2\.0 file; RoPA Desk reads the XLIFF 1\.2 files it exports/],
      ['Ledgerly', filled.replace(/trans-unit id="[^"]*"/, 'trans-unit id="activity:gone:name"'), /no longer uses; export the texts again\. Nothing was changed\.$/],
    ];
    for (const [product, file, message] of refusals) {
      await expect(importTranslationsXliff(ws, product, 'de', file, 'x.xlf'), String(message)).rejects.toThrow(message);
    }
    expect(await state()).toBe(before);
  });
});
