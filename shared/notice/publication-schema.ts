/**
 * Published notice versions in the interchange document (optional `noticePublications`):
 * each frozen version with its number, date, publisher, records fingerprint and the notice's
 * document model in each language, so that a JSON export carries the history and an import
 * restores it. A document without the field (every interchange v1 document written before)
 * imports unchanged.
 */
import { z } from 'zod';
import { Id, IsoDateTime, NOTICE_LANGUAGES, oneOf, requiredText, text } from '../model';
import { SectionKeyText } from './schema';

const Link = z.strictObject({ text: text(20_000), href: requiredText(2_000) });
/** A passage in another language than the notice's (an untranslated record text), marked with its language. */
const Foreign = z.strictObject({ text: text(50_000), lang: oneOf(NOTICE_LANGUAGES) });
const Run = z.union([text(50_000), Link, Foreign]);
const Runs = z.array(Run).max(5_000);

const Block = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('paragraph'), runs: Runs }),
  z.strictObject({ kind: z.literal('subheading'), text: text(2_000), lang: oneOf(NOTICE_LANGUAGES).optional() }),
  z.strictObject({ kind: z.literal('list'), items: z.array(Runs).max(5_000) }),
  z.strictObject({ kind: z.literal('table'), header: z.array(text(2_000)).max(50), rows: z.array(z.array(Runs).max(50)).max(10_000) }),
]);

const Section = z.strictObject({
  key: SectionKeyText,
  number: z.int().min(1).max(1_000),
  heading: text(2_000),
  headingLang: oneOf(NOTICE_LANGUAGES).optional(),
  blocks: z.array(Block).max(5_000),
  override: z.strictObject({ stale: z.boolean(), updatedAt: IsoDateTime }).optional(),
});

/** The notice's document model as it was published in one language. */
export const PublishedNoticeDocument = z.strictObject({
  lang: oneOf(NOTICE_LANGUAGES),
  title: text(2_000),
  dateLine: text(500),
  intro: z.array(Block).max(1_000),
  sections: z.array(Section).max(500),
});

/** One published version of a product's notice. It may outlive its product's record, so its product id is not checked against the products. */
export const NoticePublicationRecord = z
  .strictObject({
    productId: Id,
    version: z.int().min(1).max(1_000_000),
    publishedAt: IsoDateTime,
    publishedBy: requiredText(200),
    fingerprint: requiredText(100),
    documents: z.partialRecord(oneOf(NOTICE_LANGUAGES), PublishedNoticeDocument),
  })
  .superRefine((p, ctx) => {
    for (const [lang, doc] of Object.entries(p.documents)) {
      if (doc !== undefined && doc.lang !== lang) ctx.addIssue({ code: 'custom', message: `holds a notice in "${doc.lang}" under the language "${lang}"`, path: ['documents', lang, 'lang'] });
    }
    if (Object.keys(p.documents).length === 0) ctx.addIssue({ code: 'custom', message: 'must hold the notice in at least one language', path: ['documents'] });
  });
export type NoticePublicationRecord = z.infer<typeof NoticePublicationRecord>;
