import { describe, expect, it } from 'vitest';
import { buildStoreLabels, categoryMapping } from '../../shared/labels';
import type { ProcessingActivity } from '../../shared/model';
import { LEDGERLY_APP_ID, LEDGERLY_SHOPIFY_ID, ROOMIFY_APP_ID, buildSampleDocument } from '../../shared/sample';
import { ACTIVITY_TEMPLATES } from '../../shared/templates';

const NOW = new Date('2026-12-01T00:00:00Z');
const sample = () => buildSampleDocument(NOW);
const labels = (doc: ReturnType<typeof sample>, id = ROOMIFY_APP_ID) => {
  const l = buildStoreLabels(doc, id);
  if (l === undefined) throw new Error('no product');
  return l;
};
const activity = (doc: ReturnType<typeof sample>, id: string): ProcessingActivity => {
  const a = doc.activities.find((x) => x.id === id);
  if (a === undefined) throw new Error(id);
  return a;
};

describe('mapping data categories to store types', () => {
  it('uses the shipped default for a shipped category, the workspace’s own mapping when it has one', () => {
    expect(categoryMapping('email_address', undefined)).toMatchObject({ apple: { kind: 'type', type: { id: 'EMAIL_ADDRESS' }, origin: 'default' }, google: { kind: 'type', type: { id: 'PSL_EMAIL' } } });
    const own = categoryMapping('ip_address', { storeTypes: { apple: 'COARSE_LOCATION' } });
    expect(own.apple).toMatchObject({ kind: 'type', type: { id: 'COARSE_LOCATION' }, origin: 'workspace' });
    expect(own.google).toMatchObject({ kind: 'type', type: { id: 'PSL_DEVICE_ID' }, origin: 'default' });
  });

  it('leaves a custom category unmapped until it is mapped, and asks what to record', () => {
    const doc = sample();
    const queue = doc.taxonomies.dataCategories.find((c) => c.key === 'offline_queue_files');
    if (queue === undefined) throw new Error('sample lacks its custom category');
    delete queue.storeTypes;
    const l = labels(doc);
    const q = l.questions.find((x) => x.id === 'category:offline_queue_files');
    expect(q?.question).toBe('Which Apple and Google Play data type is “Offline queue files”?');
    expect(q?.toRecord).toContain('Store labels › Mapping');
    expect(l.leftOut.find((x) => x.category.key === 'offline_queue_files')?.reason).toBe('Not mapped to Apple or Google Play data types yet.');
  });

  it('declares a workspace mapping of a custom category under that type, traced to the activity', () => {
    const doc = sample();
    const queue = doc.taxonomies.dataCategories.find((c) => c.key === 'offline_queue_files');
    if (queue === undefined) throw new Error('sample lacks its custom category');
    queue.storeTypes = { apple: 'OTHER_DATA', google: 'PSL_FILES_AND_DOCS' };
    const l = labels(doc);
    const files = l.google.types.find((t) => t.id === 'PSL_FILES_AND_DOCS');
    expect(files?.categories).toEqual([{ key: 'offline_queue_files', label: 'Offline queue files' }]);
    expect(files?.sources.map((s) => s.entityId)).toEqual(['act-roomify-measurements']);
    expect(l.apple.types.find((t) => t.id === 'OTHER_DATA')?.categories.map((c) => c.key)).toContain('offline_queue_files');
  });
});

describe('mapping purposes to store purposes', () => {
  it('asks for the store purpose of a purpose that has none, naming it and where to record it', () => {
    const doc = sample();
    delete activity(doc, 'act-roomify-analytics').purposes[0]?.storePurpose;
    const q = labels(doc).questions.find((x) => x.id === 'purpose:act-roomify-analytics:0');
    expect(q?.question).toBe('What do the app stores call the purpose “Analyze aggregated usage to improve reliability and plan new features” of “Usage analytics”?');
    expect(q?.target).toMatchObject({ entityType: 'activity', entityId: 'act-roomify-analytics', field: 'purposes[0]' });
  });

  it('gives every purpose of the activity templates a store purpose', () => {
    for (const t of ACTIVITY_TEMPLATES) for (const p of t.purposes) expect(p.storePurpose, `${t.key}: ${p.description}`).toBeDefined();
  });

  it('maps diagnostics to Apple’s App Functionality and Google’s Analytics, each store by its own definition', () => {
    const l = labels(sample());
    expect(l.apple.types.find((t) => t.id === 'CRASH_DATA')?.purposes.map((p) => p.id)).toEqual(['ANALYTICS', 'APP_FUNCTIONALITY']);
    expect(l.google.types.find((t) => t.id === 'PSL_CRASH_LOGS')?.collectionPurposes.map((p) => p.id)).toEqual(['PSL_ANALYTICS']);
  });
});

describe('shared (Google) and tracking (Apple) from the recipients’ roles', () => {
  it('does not count processors acting for us, the customer or authorities as sharing, and says so', () => {
    const l = labels(sample());
    const email = l.google.types.find((t) => t.id === 'PSL_EMAIL');
    expect(email?.shared.value).toBe(false);
    expect(email?.shared.reason).toContain('Hetzner');
    expect(email?.shared.reason).toContain('a processor acting on our behalf: Google does not count it as sharing');
    expect(email?.shared.reason).toContain('Regulators or law enforcement: an authority, only where the law obliges us');
    expect(l.apple.tracking.value).toBe(false);
  });

  it('counts an independent controller as sharing, with the sharing purposes of that activity', () => {
    const doc = sample();
    activity(doc, 'act-roomify-analytics').recipients.push({ name: 'Insight Partners Ltd', type: 'controller', service: 'Benchmarks across customers' });
    const t = labels(doc).google.types.find((x) => x.id === 'PSL_USER_INTERACTION' || x.id === 'PSL_PERFORMANCE_DIAGNOSTICS');
    expect(t?.shared.value).toBe(true);
    expect(t?.shared.reason).toBe('Shared: Insight Partners Ltd receives it as an independent controller, which Google counts as sharing.');
    expect(t?.sharingPurposes.map((p) => p.id)).toEqual(['PSL_ANALYTICS']);
    expect(t?.shared.sources).toContainEqual(expect.objectContaining({ entityId: 'act-roomify-analytics', field: 'recipients[1]' }));
  });

  it('counts data passed to an advertising network for third-party advertising as tracking', () => {
    const doc = sample();
    const a = activity(doc, 'act-roomify-analytics');
    a.purposes.push({ description: 'Show partners’ ads in the free tier', legalBasis: 'consent', storePurpose: 'third_party_advertising' });
    a.recipients.push({ name: 'AdNet Exchange', type: 'controller', service: 'Ad network' });
    const l = labels(doc);
    const perf = l.apple.types.find((t) => t.id === 'PERFORMANCE_DATA');
    expect(perf?.tracking.value).toBe(true);
    expect(perf?.tracking.reason).toBe('Used to track: “Usage analytics” passes it to AdNet Exchange (independent controller) for third-party advertising. Apple counts this as tracking.');
    expect(l.apple.tracking.value).toBe(true);
    expect(perf?.purposes.map((p) => p.id)).toContain('THIRD_PARTY_ADVERTISING');
  });

  it('does not count a processor that serves ads for us as tracking', () => {
    const doc = sample();
    const a = activity(doc, 'act-roomify-diagnostics');
    a.purposes.push({ description: 'Measure our campaigns', legalBasis: 'consent', storePurpose: 'marketing' });
    expect(labels(doc).apple.tracking.value).toBe(false);
  });
});

describe('linked, ephemeral and required from the records', () => {
  it('marks a type not linked only when every activity that collects it anonymises it', () => {
    const doc = sample();
    for (const id of ['act-roomify-analytics', 'act-roomify-diagnostics']) activity(doc, id).securityMeasures.push('anonymisation');
    const perf = labels(doc).apple.types.find((t) => t.id === 'PERFORMANCE_DATA');
    expect(perf?.linked).toMatchObject({ value: false, reason: 'Not linked to the user: every activity that collects it records the security measure “Anonymisation”.' });
    // Device model is also kept by the security activity, without anonymisation.
    const device = labels(doc).apple.types.find((t) => t.id === 'OTHER_DIAGNOSTIC_DATA');
    expect(device?.linked.value).toBe(true);
    expect(device?.linked.reason).toBe('Linked to the user: “Security, fraud prevention and audit” keeps it without the security measure “Anonymisation”.');
  });

  it('says “processed ephemerally” only when every use keeps the data for 0 months', () => {
    const doc = sample();
    const queue = doc.taxonomies.dataCategories.find((c) => c.key === 'offline_queue_files');
    if (queue === undefined) throw new Error('no custom category');
    queue.storeTypes = { apple: 'OTHER_DATA', google: 'PSL_FILES_AND_DOCS' };
    const files = labels(doc).google.types.find((t) => t.id === 'PSL_FILES_AND_DOCS');
    expect(files?.ephemeral).toMatchObject({ value: true, reason: 'Processed ephemerally: every activity that collects it keeps it for 0 months.' });
    expect(labels(doc).google.types.find((t) => t.id === 'PSL_PHOTOS')?.ephemeral.reason).toBe(
      'Not ephemeral: “Cargo measurement capture and offline queue” keeps it (According to the customer\'s policy, 24 months by default before deletion or anonymization).',
    );
  });
});

describe('product shapes', () => {
  it('leaves out what the app does not collect itself (data the customer provides), with the reason', () => {
    const doc = sample();
    const ledgerly = doc.products.find((p) => p.id === LEDGERLY_APP_ID);
    if (ledgerly === undefined) throw new Error('no Ledgerly');
    ledgerly.platforms.push('ios');
    const l = labels(doc, LEDGERLY_APP_ID);
    const invoices = l.leftOut.find((x) => x.category.key === 'invoices');
    expect(invoices?.reason).toBe('Not collected by the app: provided by the customer organisation.');
    expect(l.ios).toBe(true);
    expect(l.apple.types.length).toBeGreaterThan(0);
  });

  it('builds labels for a processor-only integration from its activities alone', () => {
    const doc = sample();
    const l = labels(doc, LEDGERLY_SHOPIFY_ID);
    const own = new Set(doc.activities.filter((a) => a.productId === LEDGERLY_SHOPIFY_ID).map((a) => a.id));
    for (const t of [...l.apple.types, ...l.google.types]) for (const s of t.sources) expect(own.has(s.entityId)).toBe(true);
  });

  it('never traces an answer to another product’s records', () => {
    const doc = sample();
    const own = new Set([ROOMIFY_APP_ID, ...doc.activities.filter((a) => a.productId === ROOMIFY_APP_ID).map((a) => a.id)]);
    const l = labels(doc);
    const refs = [
      ...l.apple.types.flatMap((t) => [...t.sources, ...t.linked.sources, ...t.tracking.sources, ...t.purposes.flatMap((p) => p.sources)]),
      ...l.google.types.flatMap((t) => [...t.sources, ...t.shared.sources, ...t.required.sources]),
      ...l.questions.map((q) => q.target),
    ];
    for (const r of refs) if (r.entityType !== 'taxonomy') expect(own.has(r.entityId), r.entityId).toBe(true);
  });
});
