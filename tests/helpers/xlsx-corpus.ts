/**
 * Hostile workbooks, generated: each is small on disk and built to cost a naive
 * reader gigabytes or minutes (the shapes an independent test used, and more).
 */
import { makeZip } from './reports-files';

const CT = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function workbook(sheets: { name: string; xml: string | Buffer }[], shared?: string | Buffer, workbookXml?: string) {
  const wb = workbookXml ?? `<?xml version="1.0"?><workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  return makeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CT) },
    { name: 'xl/workbook.xml', data: Buffer.from(wb) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(rels) },
    ...(shared !== undefined ? [{ name: 'xl/sharedStrings.xml', data: Buffer.from(shared) }] : []),
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.from(s.xml) })),
  ], { level: 6 });
}

const sheet = (rows: string) => `<?xml version="1.0"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
const sst = (texts: string[]) => `<?xml version="1.0"?><sst ${NS} count="${texts.length}" uniqueCount="${texts.length}">${texts.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
const rows = (n: number, cells: (r: number) => string) => {
  const out: string[] = [];
  for (let r = 1; r <= n; r++) out.push(`<row r="${r}">${cells(r)}</row>`);
  return out.join('');
};
const REG = 'Controller register';

/** Text that deflate cannot squeeze past a real sheet's ratio: pseudo-random letters, repeating every 4 KB. */
function noise(n: number): string {
  let x = 12345;
  const period = Array.from({ length: 4096 }, () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return String.fromCharCode(97 + (x % 26));
  }).join('');
  return period.repeat(Math.ceil(n / 4096)).slice(0, n);
}

export interface CorpusFile {
  name: string;
  data: Buffer;
  /** What the user is told (matched against the refusal). */
  refusal: RegExp;
}

export function hostileCorpus(): CorpusFile[] {
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>`;
  return [
    {
      name: 'one 1 MB shared string referenced by 4,000 cells',
      data: workbook([{ name: REG, xml: sheet(rows(4000, (r) => `<c r="A${r}" t="s"><v>0</v></c>`)) }], sst([noise(1024 * 1024)])),
      refusal: /longer than 32,767 characters/,
    },
    {
      name: 'a 32,000-character shared string referenced by 50,000 cells (1.6 billion characters if each were copied)',
      data: workbook([{ name: REG, xml: sheet(rows(50_000, (r) => `<c r="B${r}" t="s"><v>0</v></c>`)) }], sst(['y'.repeat(32_000)])),
      refusal: /not a RoPA Desk register/,
    },
    {
      name: 'sparse rows out at column XFD',
      data: workbook([{ name: REG, xml: sheet(rows(5000, (r) => `<c r="A${r}"><v>1</v></c><c r="XFD${r}"><v>2</v></c>`)) }], sst([])),
      refusal: /column XFD, past column IV/,
    },
    {
      name: 'a sheet of 400,000 rows',
      data: workbook([{ name: 'Data inventory', xml: sheet(rows(400_000, (r) => `<c r="A${r}"><v>${r}</v></c>`)) }], sst([])),
      refusal: /goes on past row 250,000/,
    },
    {
      name: '2.05 million cells',
      data: workbook([{ name: REG, xml: sheet(rows(10_250, (r) => Array.from({ length: 200 }, (_, c) => `<c><v>${(r * 7919 + c * 104729) % 1000003}</v></c>`).join(''))) }], sst([])),
      refusal: /more than 2,000,000 cells/,
    },
    {
      name: '600 inline strings of 30,000 characters',
      data: workbook([{ name: REG, xml: sheet(rows(600, () => `<c t="inlineStr"><is><t>${noise(30_000)}</t></is></c>`)) }], sst([])),
      refusal: /characters of text of their own/,
    },
    {
      name: '3,000 entries',
      data: makeZip([
        { name: '[Content_Types].xml', data: Buffer.from(CT) },
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        ...Array.from({ length: 3000 }, (_, i) => ({ name: `xl/media/i${i}.bin`, data: Buffer.from('x') })),
      ]),
      refusal: /more than 2000 files inside/,
    },
    {
      name: "a ratio bomb (8 MB of one byte)",
      data: workbook([{ name: REG, xml: Buffer.alloc(8 * 1024 * 1024, 0x20) }], sst([])),
      refusal: /zip bomb/,
    },
    {
      name: 'billion laughs in the workbook part',
      data: workbook([], undefined, `${laughs}<workbook ${NS}><sheets><sheet name="&lol9;" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      refusal: /document type declaration/,
    },
    {
      name: 'an external entity in the shared strings',
      data: workbook([{ name: REG, xml: sheet(rows(2, (r) => `<c r="A${r}" t="s"><v>0</v></c>`)) }], `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst ${NS}><si><t>&x;</t></si></sst>`),
      refusal: /document type declaration/,
    },
    {
      name: 'elements nested 300,000 deep',
      data: workbook([{ name: REG, xml: `<worksheet>${'<a>'.repeat(300_000)}` }], sst([])),
      refusal: /nests elements more than 40 deep/,
    },
  ];
}
