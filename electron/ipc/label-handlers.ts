/** Store labels (issue 16): the labels of a product, their export, and the workspace's category mapping. */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Channel, StoreLabelsView } from '../../shared/ipc';
import { LABEL_STORES, OUTPUT_FILES, STORE_TITLES, TemplateError, blockingQuestions, fillTemplate, outputText } from '../../shared/labels';
import { writeFileAtomic } from '../services/files/atomic-write';
import { productLabels, recordLabelExport, setCategoryStoreType } from '../services/labels/labels-service';
import { WorkspaceError } from '../services/workspace';
import type { HandlerDeps, Handlers } from './handlers';

type LabelChannel = Extract<Channel, `labels:${string}`>;

export function labelHandlers({ session, dialogs }: HandlerDeps): Pick<Handlers, LabelChannel> {
  return {
    'labels:get': async (r) => {
      const { labels, exports } = await productLabels(session.workspace, r.productId);
      const files = Object.fromEntries(
        LABEL_STORES.map((store) => {
          const blockedBy = blockingQuestions(labels, store);
          return [store, { text: blockedBy.length > 0 ? null : outputText(labels, store), blockedBy }];
        }),
      ) as StoreLabelsView['files'];
      return { labels, exports, files };
    },
    'labels:export': async (r) => {
      const { labels } = await productLabels(session.workspace, r.productId);
      const blocked = blockingQuestions(labels, r.store);
      if (blocked.length > 0) {
        throw new WorkspaceError('invalid', `The ${STORE_TITLES[r.store]} cannot be written yet.`, blocked.map((q) => `${q.question} ${q.toRecord}`));
      }
      const notes: string[] = [];
      let text = outputText(labels, r.store);
      if (r.store === 'google' && r.fillTemplate === true) {
        const templatePath = await dialogs.chooseOpenPath({ title: 'Choose the CSV exported from Play Console', extensions: [{ name: 'CSV', extensions: ['csv'] }] });
        if (templatePath === undefined) return null;
        let rows: string[][];
        try {
          rows = parse(await readFile(templatePath, 'utf8'), { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
        } catch {
          throw new WorkspaceError('invalid', 'That file is not a CSV file.');
        }
        try {
          const fill = fillTemplate(rows, labels.google);
          text = fill.text;
          notes.push(`${fill.filled} answers filled in your Play Console export.`);
          if (fill.unanswered.length > 0) notes.push(`${fill.unanswered.length} rows left as exported: the records do not answer them yet.`);
          if (fill.unknown.length > 0) notes.push(`${fill.unknown.length} rows left as exported: RoPA Desk does not answer them.`);
          if (fill.missing.length > 0) notes.push(`${fill.missing.length} answers not written: your export has no row for them, and no question is added.`);
        } catch (e) {
          if (e instanceof TemplateError) throw new WorkspaceError('invalid', e.message);
          throw e;
        }
      } else if (r.store === 'google') {
        notes.push('Written with the documented Play Console ids; to fill exactly your Console’s form, export its CSV and choose “Fill my Play Console export”.');
      }
      const file = OUTPUT_FILES[r.store];
      const path = await dialogs.chooseSavePath({ title: `Export the ${STORE_TITLES[r.store]}`, defaultName: file.name, extensions: [{ name: file.kind, extensions: [file.extension] }] });
      if (path === undefined) return null;
      await writeFileAtomic(path, text);
      await recordLabelExport(session.workspace, labels, r.store, path);
      session.emit('changed');
      return { path, notes };
    },
    'labels:setMapping': async (r) => {
      await setCategoryStoreType(session.workspace, r.key, r.store, r.value);
      session.emit('changed');
      return null;
    },
  };
}
