// Phase "notice": the privacy notice of one synthetic product (100 activities) in Markdown, HTML and Word.
import { join } from 'node:path';
import { noticeDocxBuffer } from '../electron/services/notice/docx';
import { loadNoticeInput } from '../electron/services/notice/input';
import { Workspace } from '../electron/services/workspace';
import { generateNotice, renderNoticeHtml, renderNoticeMarkdown } from '../shared/notice';
import { type Results, percentile, time } from './results';

export async function benchNotice(dir: string, results: Results): Promise<void> {
  const ws = await Workspace.open(join(dir, 'synthetic.ropa'), { readOnly: true, backups: false });
  try {
    const productId = 'org-3-prod-2';
    const runs: number[] = [];
    const generateOnly: number[] = [];
    const packing: number[] = [];
    for (let i = 0; i < 20; i++) {
      const [ms, result] = await time(async () => {
        const input = await loadNoticeInput(ws, productId);
        const [gen, generated] = await time(async () => generateNotice(input, { lang: 'en', today: '2026-01-01' }));
        generateOnly.push(gen);
        renderNoticeMarkdown(generated.document);
        renderNoticeHtml(generated.document);
        return generated;
      });
      runs.push(ms);
      packing.push((await time(() => noticeDocxBuffer(result.document)))[0]);
    }
    results.add('Notice generation for one product of 100 activities (load, generate, Markdown + HTML; median of 20)', percentile(runs, 50), 'ms', 100);
    results.add('  of which the generator itself (median of 20)', percentile(generateOnly, 50), 'ms', 20);
    results.add('Word (.docx) file of that notice, packed (median of 20)', percentile(packing, 50), 'ms', 1000);
  } finally {
    await ws.close();
  }
}
