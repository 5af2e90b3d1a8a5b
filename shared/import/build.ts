/**
 * One group of cells → one processing activity. Every cell ends in a field, or
 * (when it cannot be placed, or only partly) as text in the activity's
 * description under "Imported, to place", with a review item saying what to
 * check. Nothing a person wrote is dropped.
 */
import type { Art9Condition, DataCategoryUse, DataSource, LegalBasis, ProcessingActivity, Purpose, Recipient, SecurityMeasureType, Transfer, Vendor } from '../model';
import { readLegalBases } from './read-legal-basis';
import { readRetention } from './read-retention';
import { readTransfers } from './read-transfer';
import { readDate, readDpia, readMeasures, readParties, readRecipients, readRole, readYesNo } from './read-misc';
import type { Recogniser } from './read-categories';
import { recipientTypeFromHeading } from './headings';
import type { RowGroup, SourceCell } from './records';
import { items, lines, norm, saysNone } from './text';
import type { Confidence, ImportField, ImportProblem, ImportReview, Recognition } from './types';
import type { DataCategoryType, DataSubjectType } from '../model';
import { blankActivity } from '../model';
import { KEPT_HEADER, keptLine } from './kept-text';

export interface BuildContext {
  fileName: string;
  organisationId: string;
  productId?: string;
  role: 'controller' | 'processor';
  vendors: readonly Vendor[];
  measures: readonly SecurityMeasureType[];
  categories: Recogniser<DataCategoryType>;
  subjects: Recogniser<DataSubjectType>;
  newId: () => string;
}

export type CellStatus = 'recognised' | 'partly' | 'kept';

export interface Built {
  activity: ProcessingActivity;
  problems: ImportProblem[];
  reviews: ImportReview[];
  recognitions: Recognition[];
  status: Map<SourceCell, CellStatus>;
}

const REVIEW: Readonly<Partial<Record<ImportField, string>>> = {
  name: 'imported: check the activity name',
  purposes: 'imported: check the purposes',
  legalBasis: 'imported: check the legal basis',
  art9: 'imported: check the Art. 9 condition',
  legitimateInterest: 'imported: check the legitimate interests',
  dataSubjects: 'imported: check the data-subject categories',
  dataCategories: 'imported: check the data categories',
  specialCategories: 'imported: check the special categories of data',
  retention: 'imported: check the retention',
  recipients: 'imported: check the recipients',
  transfers: 'imported: check the transfers',
  transferSafeguards: 'imported: check the transfer safeguards',
  security: 'imported: check the security measures',
  automated: 'imported: check automated decision-making',
  source: 'imported: check the source of the data',
  dpia: 'imported: check the DPIA',
  dpiaProgress: 'imported: check the DPIA',
  lastReviewed: 'imported: check the review date',
  role: 'imported: check the role',
  notes: 'imported: kept as a note, check whether it belongs in a field',
};

const DESCRIPTION_MAX = 4000;

export function buildActivity(group: RowGroup, ctx: BuildContext): Built {
  const out: Built = {
    activity: blankActivity({ id: ctx.newId(), organisationId: ctx.organisationId, productId: ctx.productId, name: '', role: ctx.role }),
    problems: [],
    reviews: [],
    recognitions: [],
    status: new Map(),
  };
  const a = out.activity;
  const kept: { cell: SourceCell; text: string }[] = [];
  const of = (f: ImportField, withCopies = false) => group.cells.filter((c) => c.field === f && (withCopies || !c.copy));
  const recognise = (cell: SourceCell, readAs: string, confidence: Confidence) =>
    out.recognitions.push({ ...cell.ref, activity: '', field: cell.field, text: cell.text, readAs, confidence });
  const mark = (cell: SourceCell, s: CellStatus) => {
    const prev = out.status.get(cell);
    if (prev === undefined || (prev === 'recognised' && s !== 'recognised') || (prev === 'partly' && s === 'kept')) out.status.set(cell, s);
  };
  const keep = (cell: SourceCell, text: string, whole: boolean) => {
    kept.push({ cell, text });
    mark(cell, whole ? 'kept' : 'partly');
    out.reviews.push({ ...cell.ref, activity: '', field: cell.field, message: REVIEW[cell.field] ?? 'imported: check this value', text });
  };
  const placed = (cell: SourceCell, readAs: string, confidence: Confidence) => {
    recognise(cell, readAs, confidence);
    mark(cell, 'recognised');
  };

  // Name: the name column, else the first line of the purpose.
  const nameCell = of('name', true)[0];
  const purposeCells = of('purposes');
  if (nameCell !== undefined) {
    a.name = nameCell.text.replace(/\s+/g, ' ').slice(0, 200);
    if (!nameCell.copy) placed(nameCell, 'activity name', 'high');
    if (nameCell.text.length > 200) keep(nameCell, nameCell.text, false);
    for (const extra of of('name').slice(1)) if (norm(extra.text) !== norm(nameCell.text)) keep(extra, extra.text, true);
  } else {
    const first = purposeCells[0] !== undefined ? lines(purposeCells[0].text)[0] : undefined;
    a.name = (first ?? `Activity from sheet "${group.sheet}", row ${group.firstRow}`).slice(0, 200);
    const ref = purposeCells[0]?.ref ?? group.cells[0]?.ref ?? { sheet: group.sheet, row: group.firstRow, column: 'A', header: '' };
    out.reviews.push({ ...ref, activity: '', field: 'name', message: REVIEW.name ?? '', text: a.name });
  }

  // Description and owner: free text, placed as written.
  const desc = of('description').map((c) => (placed(c, 'description', 'high'), c.text));
  const owners = of('owner', true);
  if (owners[0] !== undefined) {
    a.owner = [...new Set(owners.map((c) => c.text))].join('; ').slice(0, 200);
    for (const c of owners) if (!c.copy) placed(c, 'owner / business function', 'high');
  }

  // Role.
  for (const c of of('role')) {
    const role = readRole(c.text);
    if (role === undefined) keep(c, c.text, true);
    else {
      a.role = role;
      placed(c, `role: ${role}`, 'high');
    }
  }

  // Purposes with their legal bases, row by row.
  const rows = [...new Set(group.cells.map((c) => c.line))];
  const liTexts: string[] = [];
  for (const c of of('legitimateInterest')) {
    if (saysNone(c.text)) placed(c, 'no legitimate interests', 'high');
    else liTexts.push(c.text);
  }
  for (const line of rows) {
    const ps = of('purposes').filter((c) => c.line === line);
    const bs = of('legalBasis').filter((c) => c.line === line);
    const nine = of('art9').filter((c) => c.line === line);
    const purposeTexts = ps.flatMap((c) => lines(c.text));
    for (const c of ps) placed(c, `${lines(c.text).length} purpose(s)`, 'high');
    const bases: LegalBasis[] = [];
    const art9: Art9Condition[] = [];
    let liRest = '';
    for (const c of bs) {
      const read = readLegalBases(c.text);
      if (read.bases.length === 0 && read.art9.length === 0) keep(c, c.text, true);
      else {
        bases.push(...read.bases.filter((b) => !bases.includes(b)));
        art9.push(...read.art9.filter((x) => !art9.includes(x)));
        if (read.bases.includes('legitimate_interests') && read.rest !== '') liRest = read.rest;
        placed(c, `legal basis: ${read.bases.join(', ')}${read.art9.length ? `; Art. 9(2)(${read.art9.join(', ')})` : ''}`, read.confidence);
      }
    }
    for (const c of nine) {
      if (saysNone(c.text)) {
        placed(c, 'no Art. 9 condition', 'high');
        continue;
      }
      const read = readLegalBases(c.text);
      if (read.art9.length === 0) keep(c, c.text, true);
      else {
        art9.push(...read.art9.filter((x) => !art9.includes(x)));
        placed(c, `Art. 9(2)(${read.art9.join(', ')})`, read.confidence);
      }
    }
    const descriptions = purposeTexts.length > 0 ? purposeTexts : bases.length > 0 ? [a.name] : [];
    let made: Purpose[];
    if (bases.length <= 1) made = descriptions.map((d) => ({ description: d.slice(0, 1000), ...(bases[0] ? { legalBasis: bases[0] } : {}) }));
    else if (descriptions.length === bases.length) {
      // As many bases as purposes: paired in the order written, which a person should confirm.
      made = descriptions.map((d, i) => ({ description: d.slice(0, 1000), legalBasis: bases[i] as LegalBasis }));
      for (const c of bs) out.reviews.push({ ...c.ref, activity: '', field: c.field, message: `${REVIEW.legalBasis ?? ''}: paired with the purposes in the order written`, text: c.text });
    }
    else if (descriptions.length === 1) made = bases.map((b) => ({ description: (descriptions[0] ?? '').slice(0, 1000), legalBasis: b }));
    else {
      made = descriptions.map((d) => ({ description: d.slice(0, 1000) }));
      for (const c of bs) keep(c, c.text, false);
    }
    if (art9.length === 1) for (const p of made) p.art9Condition = art9[0];
    else if (art9.length > 1) for (const c of [...bs, ...nine]) keep(c, c.text, false);
    const li = [liRest, ...liTexts].filter((t) => t !== '').join('; ');
    for (const p of made) if (p.legalBasis === 'legitimate_interests' && li !== '') p.legitimateInterest = li.slice(0, 2000);
    for (const p of made) if (!a.purposes.some((q) => q.description === p.description && q.legalBasis === p.legalBasis)) a.purposes.push(p);
  }
  for (const c of of('legitimateInterest')) {
    if (saysNone(c.text)) continue;
    if (a.purposes.some((p) => p.legalBasis === 'legitimate_interests')) placed(c, 'legitimate interests pursued', 'high');
    else keep(c, c.text, true);
  }

  // Data subjects.
  for (const c of of('dataSubjects')) {
    const read = ctx.subjects.read(c.text);
    for (const s of read) if (!a.dataSubjects.includes(s.key)) a.dataSubjects.push(s.key);
    const custom = read.filter((s) => s.custom);
    if (custom.length > 0) {
      mark(c, 'partly');
      out.reviews.push({ ...c.ref, activity: '', field: c.field, message: `${REVIEW.dataSubjects ?? ''}: added as new categories: ${custom.map((s) => `"${s.text}"`).join(', ')}`, text: c.text });
      recognise(c, `data subjects: ${read.map((s) => s.key).join(', ')}`, 'low');
    } else if (read.length > 0) placed(c, `data subjects: ${read.map((s) => s.key).join(', ')}`, worst(read.map((s) => s.confidence)));
    else keep(c, c.text, true);
  }

  // Data categories, with the retention and source written on the same row.
  const sourceOf = (line: number): { source: DataSource; detail: string } | undefined => {
    const c = of('source', true).find((x) => x.line === line) ?? (rows.length === 1 ? of('source', true)[0] : undefined);
    if (c === undefined || saysNone(c.text)) return undefined;
    const n = norm(c.text);
    const source: DataSource | undefined = /public|offentlich|publique/.test(n)
      ? 'publicly_available'
      : /customer|client|kunde/.test(n) && !/^(?:from )?(?:the )?(?:customer|client)s? (?:themselves|directly)/.test(n)
        ? 'customer'
        : /third|dritt|tiers|partner|agency|agentur|authority|behorde|employer|arbeitgeber|referee|referenz/.test(n)
          ? 'third_party'
          : /data subject|the person|individual|themselves|directly|betroffene|personne concernee|directement|self|candidate|employee|mitarbeiter/.test(n)
            ? 'data_subject'
            : /device|gerat|appareil|app|cookie|automatic/.test(n)
              ? 'device'
              : undefined;
    return source === undefined ? undefined : { source, detail: c.text.slice(0, 500) };
  };
  for (const c of of('source')) {
    if (saysNone(c.text)) placed(c, 'source: not applicable', 'high');
    else if (sourceOf(c.line) === undefined) keep(c, c.text, true);
    else placed(c, `source: ${sourceOf(c.line)?.source ?? ''}`, 'medium');
  }
  const retentionOf = (line: number) => of('retention', true).filter((x) => x.line === line);
  const addCategories = (c: SourceCell, special: boolean) => {
    const read = ctx.categories.read(c.text, special);
    const src = sourceOf(c.line);
    const ret = retentionOf(c.line)[0];
    const r = ret === undefined || saysNone(ret.text) ? undefined : readRetention(ret.text);
    for (const item of read) {
      const existing = a.dataCategories.find((u) => u.category === item.key);
      if (existing !== undefined) {
        if (item.text !== '' && !(existing.detail ?? '').includes(item.text)) existing.detail = [existing.detail, item.text].filter(Boolean).join('; ').slice(0, 1000);
        continue;
      }
      const use: DataCategoryUse = { category: item.key, source: src?.source ?? 'data_subject', requirement: 'necessary_for_service' };
      if (item.text !== '' && norm(item.text) !== norm(ctx.categories.label(item.key))) use.detail = item.text.slice(0, 1000);
      if (src !== undefined && src.source !== 'data_subject') use.sourceDetail = src.detail;
      if (r !== undefined) {
        use.retention = r.retention.slice(0, 500);
        if (r.months !== undefined && r.months <= 1200) use.retentionMonths = r.months;
      }
      if (item.group !== undefined) use.noticeGroup = item.group.slice(0, 100);
      a.dataCategories.push(use);
    }
    const custom = read.filter((i) => i.custom);
    if (custom.length > 0) {
      mark(c, 'partly');
      out.reviews.push({ ...c.ref, activity: '', field: c.field, message: `${REVIEW[c.field] ?? ''}: added as custom categories: ${custom.map((i) => `"${i.text}"`).join(', ')}`, text: c.text });
      recognise(c, `data categories: ${read.map((i) => i.key).join(', ')}`, 'low');
    } else if (read.length > 0) placed(c, `data categories: ${read.map((i) => i.key).join(', ')}`, worst(read.map((i) => i.confidence)));
    return read.length;
  };
  // A checklist line answered "No" ("Location data | No") says the category is not processed.
  const declined = (t: string) => /\|\s*(?:no|non|nein)\s*(?:\||$)/i.test(t);
  for (const c of of('dataCategories')) {
    if (addCategories(c, false) > 0) continue;
    if (saysNone(c.text) || declined(c.text)) placed(c, 'not processed', 'high');
    else keep(c, c.text, true);
  }
  for (const c of of('specialCategories')) {
    const yn = readYesNo(c.text);
    if (yn.answer === false && yn.detail === '') placed(c, 'no special categories', 'high');
    else if (yn.answer === true && yn.detail === '') keep(c, c.text, true);
    else if (addCategories({ ...c, text: yn.answer === undefined ? c.text : yn.detail }, true) === 0) keep(c, c.text, true);
    else mark(c, out.status.get(c) ?? 'recognised');
  }
  // Retention: placed on the row's categories; a row without categories gives it to the activity's categories without one.
  for (const c of of('retention')) {
    if (saysNone(c.text)) {
      placed(c, 'no retention given', 'medium');
      continue;
    }
    const r = readRetention(c.text);
    const rowHasCategories = group.cells.some((x) => x.line === c.line && (x.field === 'dataCategories' || x.field === 'specialCategories'));
    if (!rowHasCategories) {
      const open = a.dataCategories.filter((u) => u.retention === undefined);
      if (open.length === 0) {
        keep(c, c.text, true);
        continue;
      }
      for (const u of open) {
        u.retention = r.retention.slice(0, 500);
        if (r.months !== undefined) u.retentionMonths = r.months;
      }
    } else if (!a.dataCategories.some((u) => u.retention === r.retention.slice(0, 500))) {
      keep(c, c.text, true);
      continue;
    }
    placed(c, `retention: ${r.readAs}`, r.confidence);
  }

  // Recipients.
  for (const c of of('recipients')) {
    const read = readRecipients(c.text, ctx.vendors, recipientTypeFromHeading(c.slot.header));
    for (const r of read.recipients) if (!a.recipients.some((x) => sameRecipient(x, r))) a.recipients.push(r);
    if (read.recipients.length === 0 && !saysNone(c.text)) keep(c, c.text, true);
    else if (read.guessed.length > 0) {
      mark(c, 'partly');
      recognise(c, `recipients: ${read.recipients.length}`, 'low');
      out.reviews.push({ ...c.ref, activity: '', field: c.field, message: `${REVIEW.recipients ?? ''}: the kind of recipient was not written for ${read.guessed.map((g) => `"${g}"`).join(', ')} (taken as an independent controller)`, text: c.text });
    } else placed(c, saysNone(c.text) ? 'no recipients' : `recipients: ${read.recipients.map((r) => `${r.name ?? ''} (${r.type})`).join(', ')}`, read.confidence);
  }

  // Transfers and their safeguards.
  for (const c of of('transfers')) {
    const read = readTransfers(c.text);
    for (const t of read.transfers) if (!a.transfers.some((x) => x.country === t.country && x.mechanism === t.mechanism)) a.transfers.push(t);
    if (read.unplaced.length > 0) keep(c, read.unplaced.join('\n'), read.transfers.length === 0);
    if (read.transfers.length > 0 || read.unplaced.length === 0) placed(c, `transfers: ${read.readAs.join('; ')}`, read.confidence);
  }
  for (const c of of('transferSafeguards')) {
    if (saysNone(c.text)) {
      placed(c, 'no exceptional transfers', 'high');
      continue;
    }
    const target: Transfer | undefined = a.transfers[0];
    if (target === undefined) keep(c, c.text, true);
    else {
      for (const t of a.transfers) t.safeguards = [t.safeguards, c.text].filter(Boolean).join('; ').slice(0, 2000);
      placed(c, 'transfer safeguards', 'medium');
    }
  }

  // Security: the words are the Art. 30(1)(g) description; measures of the catalogue recognised in them.
  const security: string[] = [];
  for (const c of of('security')) {
    const read = readMeasures(c.text, ctx.measures);
    for (const k of read.keys) if (!a.securityMeasures.includes(k)) a.securityMeasures.push(k);
    security.push(c.text);
    recognise(c, `security measures: ${read.keys.join(', ') || 'none recognised, kept as the description'}`, read.confidence);
    mark(c, read.confidence === 'low' ? 'partly' : 'recognised');
  }
  if (security.length > 0) a.securityNotes = security.join('\n').slice(0, 4000);

  // Automated decisions, systems, DPIA, review date, parties.
  for (const c of of('automated')) {
    const yn = readYesNo(c.text);
    if (yn.answer === undefined) keep(c, c.text, true);
    else {
      a.automatedDecisions = { exists: yn.answer, ...(yn.answer && yn.detail !== '' ? { logic: yn.detail.slice(0, 2000) } : {}) };
      if (yn.answer && /profil/.test(norm(c.text))) a.automatedDecisions.profiling = true;
      if (!yn.answer && yn.detail !== '') keep(c, yn.detail, false);
      placed(c, yn.answer ? 'automated decisions: yes' : 'automated decisions: none', 'high');
    }
  }
  for (const c of of('systems')) {
    for (const s of items(c.text)) if (!a.systems.includes(s.slice(0, 200))) a.systems.push(s.slice(0, 200));
    placed(c, 'systems', 'high');
  }
  const req = of('dpia')[0];
  const prog = of('dpiaProgress')[0];
  if (req !== undefined || prog !== undefined) {
    const d = readDpia(req?.text ?? '', prog?.text ?? '');
    for (const c of [req, prog]) {
      if (c === undefined) continue;
      if (d === undefined) keep(c, c.text, true);
      else placed(c, `DPIA: ${d.status}`, d.confidence);
    }
    if (d !== undefined) a.dpia = { status: d.status };
  }
  for (const c of of('dpiaLink')) {
    a.dpia.link = c.text.slice(0, 2000);
    placed(c, 'DPIA link', 'high');
  }
  for (const c of of('lastReviewed')) {
    const d = readDate(c.text);
    if (d === undefined) keep(c, c.text, true);
    else {
      a.lastReviewed = d;
      placed(c, `last reviewed ${d}`, 'high');
    }
  }
  for (const c of of('controllers')) {
    a.controllers.push(...readParties(c.text));
    placed(c, 'controller(s) on whose behalf', 'medium');
  }
  for (const c of of('jointControllers')) {
    if (saysNone(c.text)) placed(c, 'no joint controller', 'high');
    else {
      a.jointControllers.push(...readParties(c.text));
      a.role = a.role === 'controller' ? 'joint_controller' : a.role;
      placed(c, 'joint controller(s)', 'medium');
    }
  }
  for (const c of of('notes')) keep(c, c.text, true);

  // The description, then what could not be placed, each with where it came from.
  const rowsText = group.firstRow === group.lastRow ? `row ${group.firstRow}` : `rows ${group.firstRow}–${group.lastRow}`;
  const keptLines = kept.map(({ cell, text }) => keptLine(cell.ref.header, cell.ref.column, cell.ref.row, text));
  const parts = [...desc];
  if (keptLines.length > 0) parts.push(`Imported from ${ctx.fileName}, sheet "${group.sheet}", ${rowsText}${KEPT_HEADER}`, ...keptLines);
  const description = parts.join('\n');
  if (description !== '') a.description = description;
  if (description.length > DESCRIPTION_MAX) {
    const longest = [...kept].sort((x, y) => y.text.length - x.text.length)[0];
    const ref = longest?.cell.ref ?? group.cells[0]?.ref ?? { sheet: group.sheet, row: group.firstRow, column: 'A', header: '' };
    out.problems.push({ ...ref, message: `the description and the text kept from the sheet come to ${description.length} characters, more than the ${DESCRIPTION_MAX} an activity holds: shorten the notes or map more columns to fields` });
  }
  const name = a.name;
  for (const x of out.reviews) x.activity = name;
  for (const x of out.recognitions) x.activity = name;
  return out;
}

function worst(cs: readonly Confidence[]): Confidence {
  return cs.includes('low') ? 'low' : cs.includes('medium') ? 'medium' : 'high';
}

function sameRecipient(a: Recipient, b: Recipient): boolean {
  return (a.vendorId !== undefined && a.vendorId === b.vendorId) || (a.name !== undefined && norm(a.name) === norm(b.name ?? ''));
}
