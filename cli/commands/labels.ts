/** `ropa labels`: a product's app-store privacy labels (Apple fastlane JSON, Google Play Data safety CSV, iOS privacy manifest). */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { WorkspaceDocument } from '../../shared/interchange';
import {
  type LabelStore,
  type OpenQuestion,
  type StoreLabels,
  STORE_TITLES,
  TemplateError,
  appleSummary,
  blockingQuestions,
  buildStoreLabels,
  fillTemplate,
  outputText,
} from '../../shared/labels';
import { findProduct } from '../../shared/notice';
import { googleStore } from '../../shared/reference/store-labels';
import { CliError, usageError, writeFileAtomic } from '../io';
import { type Command, type CommandContext, args, plural, readJsonDocument, str, withWorkspace } from './command';

const STORES: readonly LabelStore[] = ['apple', 'google', 'manifest'];

async function readDocument(file: string, ctx: CommandContext): Promise<WorkspaceDocument> {
  if (extname(file).toLowerCase() === '.json') return readJsonDocument(file);
  return withWorkspace(file, ctx, true, (ws) => ws.exportDocument({ baselines: false }));
}

const forStore = (q: OpenQuestion, store: LabelStore) => q.store === 'both' || q.store === (store === 'manifest' ? 'apple' : store);
const questionLine = (q: OpenQuestion) => `open question: ${q.question} To answer it: ${q.toRecord} (${q.target.entityName})\n`;

async function readTemplate(path: string): Promise<string[][]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`cannot read "${path}"`);
  }
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    throw new CliError(`"${path}" is not a CSV file: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function googleOutput(labels: StoreLabels, template: string[][] | undefined, ctx: CommandContext): string {
  if (template === undefined) {
    ctx.err.write(
      `note: written with the question and response ids documented for Play Console's Data safety CSV (as of ${googleStore.version}). ` +
        'Your Console may ask more or other questions: export the CSV from Play Console (App content › Data safety › Export to CSV) and pass it with --template FILE to have exactly that file filled.\n',
    );
    return outputText(labels, 'google');
  }
  let fill;
  try {
    fill = fillTemplate(template, labels.google);
  } catch (e) {
    if (e instanceof TemplateError) throw new CliError(e.message);
    throw e;
  }
  ctx.err.write(`Filled ${plural(fill.filled, 'answer')} in your Play Console export.\n`);
  if (fill.unanswered.length > 0) ctx.err.write(`left as exported, the records do not say yet: ${fill.unanswered.join('; ')}\n`);
  if (fill.unknown.length > 0) ctx.err.write(`left as exported, RoPA Desk does not answer: ${fill.unknown.join('; ')}\n`);
  if (fill.missing.length > 0) ctx.err.write(`not in your export, so not written (no question is added): ${fill.missing.join('; ')}\n`);
  return fill.text;
}

export const labelCommands: Record<string, Command> = {
  labels: {
    usage: 'labels FILE --product NAME --store apple|google|manifest [--out F] [--template F] [--summary]',
    summary: 'app-store privacy labels of a product: Apple fastlane JSON (--summary: readable), Google Play Data safety CSV (--template: fill your Console export), iOS PrivacyInfo.xcprivacy',
    options: {
      product: { type: 'string' },
      store: { type: 'string' },
      out: { type: 'string' },
      template: { type: 'string' },
      summary: { type: 'boolean' },
    },
    async run(ctx) {
      const [file] = args(ctx, ['FILE']) as [string];
      const productRef = str(ctx, 'product');
      if (productRef === undefined || productRef.trim() === '') throw usageError('--product NAME is required (a product name or id)');
      const store = STORES.find((s) => s === str(ctx, 'store'));
      if (store === undefined) throw usageError(`--store must be one of ${STORES.join(', ')}`);
      const templatePath = str(ctx, 'template');
      if (templatePath !== undefined && store !== 'google') throw usageError('--template is the CSV exported from Play Console: it goes with --store google');
      const template = templatePath === undefined ? undefined : await readTemplate(templatePath);
      const doc = await readDocument(file, ctx);
      const product = findProduct(doc, productRef);
      if (product === undefined) throw new CliError(`No product is named "${productRef}". The products are: ${doc.products.map((p) => `"${p.name}"`).join(', ')}.`);
      const labels = buildStoreLabels(doc, product.id);
      if (labels === undefined) throw new CliError(`No product is named "${productRef}".`);
      const platform = store === 'google' ? labels.android : labels.ios;
      if (!platform) throw new CliError(`"${product.name}" has no ${store === 'google' ? 'Android' : 'iOS'} platform: add it to the product to make its ${STORE_TITLES[store]}.`);
      const blocking = blockingQuestions(labels, store);
      if (blocking.length > 0) throw new CliError(`The ${STORE_TITLES[store]} of "${product.name}" cannot be written yet; nothing was written.`, 1, blocking.map((q) => `${q.question} ${q.toRecord}`));
      const summary = store === 'apple' && ctx.values.summary === true;
      const body = store === 'google' ? googleOutput(labels, template, ctx) : summary ? appleSummary(labels.productName, labels.apple) : outputText(labels, store);
      const out = str(ctx, 'out');
      if (out === undefined) ctx.out.write(body);
      else {
        await writeFileAtomic(out, body);
        ctx.err.write(`Wrote the ${STORE_TITLES[store]} of "${product.name}" to ${out}.\n`);
      }
      if (store === 'apple' && !summary && out !== undefined) ctx.err.write(appleSummary(labels.productName, labels.apple));
      const open = labels.questions.filter((q) => forStore(q, store));
      for (const q of open) ctx.err.write(questionLine(q));
      return open.length > 0 ? 1 : 0;
    },
  },
};
