import { describe, expect, it } from 'vitest';
import { categoryReader, matchHeading, readLegalBases, readRetention, readTransfers, subjectReader } from '../../shared/import';
import { defaultTaxonomies } from '../../shared/interchange';

describe('reading legal bases as people write them', () => {
  it.each([
    ['Contract (Art. 6(1)(b))', ['contract'], 'high'],
    ['Art. 6 Abs. 1 lit. f DSGVO', ['legitimate_interests'], 'high'],
    ['Art. 6 Abs. 1 S. 1 lit. c DSGVO i.V.m. § 147 AO', ['legal_obligation'], 'high'],
    ['consent', ['consent'], 'high'],
    ['Einwilligung', ['consent'], 'high'],
    ['exécution d’un contrat', ['contract'], 'high'],
    ['Intérêt légitime', ['legitimate_interests'], 'high'],
    ['Legal obligation and contract', ['legal_obligation', 'contract'], 'high'],
    ['We think it is fine', [], 'low'],
  ])('%s', (text, bases, confidence) => {
    const r = readLegalBases(text);
    expect(r.bases).toEqual(bases);
    expect(r.confidence).toBe(confidence);
  });

  it('reads the Art. 9 condition and the interest after the basis', () => {
    expect(readLegalBases('Art. 6(1)(c), Art. 9(2)(b)').art9).toEqual(['b']);
    expect(readLegalBases('Legitimate interests – fraud prevention').rest).toBe('fraud prevention');
  });
});

describe('reading retention', () => {
  it.each([
    ['24 months', 24, 'period'],
    ['2 years after the end of the contract', 24, 'criteria'],
    ['6–18 months', 18, 'period'],
    ['10 Jahre', 120, 'period'],
    ['3 ans après le dernier contact', 36, 'criteria'],
    ['90 days', 3, 'period'],
  ])('%s', (text, months, kind) => {
    const r = readRetention(text);
    expect(r.months).toBe(months);
    expect(r.kind).toBe(kind);
    expect(r.retention).toBe(text);
  });

  it('keeps words without a period as criteria', () => {
    expect(readRetention('Until the account is deleted')).toMatchObject({ kind: 'criteria', retention: 'Until the account is deleted' });
    expect(readRetention('Until the account is deleted').months).toBeUndefined();
  });
});

describe('reading transfers', () => {
  it('reads the country and the mechanism', () => {
    expect(readTransfers('USA – SCCs').transfers).toEqual([{ country: 'US', mechanism: 'scc', safeguards: 'USA – SCCs' }]);
    expect(readTransfers('US (DPF)').transfers).toEqual([{ country: 'US', mechanism: 'adequacy', safeguards: 'US (DPF)' }]);
    expect(readTransfers('India: standard contractual clauses, module 2').transfers).toEqual([
      { country: 'IN', mechanism: 'scc', sccModule: 2, safeguards: 'India: standard contractual clauses, module 2' },
    ]);
    expect(readTransfers('Vereinigte Staaten (Standardvertragsklauseln)').transfers[0]).toMatchObject({ country: 'US', mechanism: 'scc' });
  });

  it('says "no transfers" for None / Keine / Aucun, and keeps what names no third country', () => {
    for (const t of ['None', 'Keine', 'Aucun', 'N/A']) expect(readTransfers(t)).toMatchObject({ transfers: [], unplaced: [] });
    expect(readTransfers('Ireland (AWS)').unplaced).toEqual(['Ireland (AWS)']);
    expect(readTransfers('somewhere in the cloud').unplaced).toEqual(['somewhere in the cloud']);
  });
});

describe('reading data categories and subjects', () => {
  const t = defaultTaxonomies();
  it('reads "Name, e-mail, IP address" and keeps what it does not know as a custom category', () => {
    const r = categoryReader(t.dataCategories);
    const items = r.read('Name, e-mail, IP address, loyalty points');
    expect(items.map((i) => i.key)).toEqual(['full_name', 'email_address', 'ip_address', 'custom_loyalty_points']);
    expect(r.added).toEqual([expect.objectContaining({ key: 'custom_loyalty_points', label: 'loyalty points', group: 'other', special: false })]);
  });

  it('reads German and French, and a group heading around items', () => {
    const r = categoryReader(t.dataCategories);
    expect(r.read('Vorname, Nachname, Anschrift, Bankverbindung').map((i) => i.key)).toEqual(['full_name', 'full_name', 'postal_address', 'bank_account']);
    expect(r.read('Nom, prénom, adresse, téléphone').map((i) => i.key)).toEqual(['full_name', 'full_name', 'postal_address', 'phone_number']);
    expect(r.read('Contact details (name, e-mail)')).toEqual([
      { key: 'full_name', text: 'name', custom: false, confidence: 'medium', group: 'Contact details' },
      { key: 'email_address', text: 'e-mail', custom: false, confidence: 'medium', group: 'Contact details' },
    ]);
  });

  it('reads data subjects', () => {
    const r = subjectReader(t.dataSubjects);
    expect(r.read('Employees, job applicants').map((i) => i.key)).toEqual(['employees', 'job_applicants']);
    expect(r.read('Mitarbeiter, Bewerber').map((i) => i.key)).toEqual(['employees', 'job_applicants']);
    expect(r.read('Salariés, candidats').map((i) => i.key)).toEqual(['employees', 'job_applicants']);
  });
});

describe('headings', () => {
  it.each([
    ['Purpose of processing', 'purposes'],
    ['Article 6 lawful basis for processing personal data', 'legalBasis'],
    ['Article 9 basis for processing special category data', 'art9'],
    ['Names of third countries or international organisations that personal data are transferred to (if applicable)', 'transfers'],
    ['Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)', 'transferSafeguards'],
    ['Retention schedule (if possible)', 'retention'],
    ['General description of technical and organisational security measures (if possible)', 'security'],
    ['Categories of individuals', 'dataSubjects'],
    ['Categories of personal data', 'dataCategories'],
    ['Link to contract with processor', 'notes'],
    ['Bezeichnung der Verarbeitungstätigkeit', 'name'],
    ['Löschfristen', 'retention'],
    ['Kategorien von Empfängern', 'recipients'],
    ['Technische und organisatorische Maßnahmen (TOM)', 'security'],
    ['Durées de conservation des catégories de données', 'retention'],
    ['Catégories de données collectées', 'dataCategories'],
    ['Transferts des données hors UE', 'transfers'],
    ['Finalité(s) du traitement', 'purposes'],
    ['Lawful basis', 'legalBasis'],
    ['Shared with', 'recipients'],
  ])('%s', (heading, field) => {
    expect(matchHeading(heading)?.field).toBe(field);
  });
});
