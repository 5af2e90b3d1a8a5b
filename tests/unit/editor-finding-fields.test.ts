/**
 * Every finding lands on a field the editor renders (issue 12). For each rule, the
 * register is changed so that the rule fires (the cases of compliance-rules.test.ts);
 * each finding's target is then followed as a click on it is: the editor tab it
 * chooses (`tabOf`, `productTabOf`) is rendered on the server for that very record,
 * and its `data-field-path` attributes must hold the target's field (or a field
 * inside it, for a whole row), resolved by the same `matchPath` the app uses. A new
 * rule pointing at a field no editor shows fails here.
 */
import { MantineProvider } from '@mantine/core';
import { createElement as h, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/compliance';
import type { WorkspaceDocument } from '../../shared/interchange';
import type { NoticePreview, Overview } from '../../shared/ipc';
import { generateNotice, noticeInputFromDocument } from '../../shared/notice';
import { fieldPath, matchPath, noticeSectionOf } from '../../renderer/app/field-focus';
import { ChecksProvider } from '../../renderer/app/checks';
import { StoreContext, buildIndex, type Store } from '../../renderer/app/store';
import { DataTab } from '../../renderer/editors/activity/DataTab';
import { DpiaTab } from '../../renderer/editors/activity/DpiaTab';
import { GeneralTab } from '../../renderer/editors/activity/GeneralTab';
import { PurposesTab } from '../../renderer/editors/activity/PurposesTab';
import { RecipientsTab } from '../../renderer/editors/activity/RecipientsTab';
import { SecurityTab, SystemsTab } from '../../renderer/editors/activity/SecurityTab';
import { tabOf, type ActivityTab } from '../../renderer/editors/activity/tabs';
import { OrganisationEditor } from '../../renderer/editors/OrganisationEditor';
import { ProductDetails } from '../../renderer/editors/ProductEditor';
import { ProductNoticeTab } from '../../renderer/editors/ProductNoticeTab';
import { ProductPermissionsTab } from '../../renderer/editors/ProductPermissionsTab';
import { productTabOf } from '../../renderer/editors/product-tabs';
import { VendorEditor } from '../../renderer/editors/VendorEditor';
import type { Problems } from '../../renderer/forms/problems';
import { initI18n } from '../../renderer/i18n';
import { OverrideEditor } from '../../renderer/notice/NoticePreviewPanel';
import { PublishPanel } from '../../renderer/notice/PublishPanel';
import { StaleOverrides } from '../../renderer/notice/StaleOverrides';
import { findingView } from '../../renderer/screens/finding-target';
import { StoreLabelsMapping } from '../../renderer/screens/StoreLabelsMapping';
import { buildStoreLabels } from '../../shared/labels';
import { TODAY, cleanDoc, findingsOf } from './compliance-fixture';
import { CASES } from './compliance-rule-cases';

const NO_PROBLEMS: Problems = { at: () => undefined, blocking: false, all: [] };
const noop = () => undefined;

function storeOf(doc: WorkspaceDocument): Store {
  const overview: Overview = {
    state: { readOnly: false } as Overview['state'],
    organisations: doc.organisations,
    products: doc.products,
    vendors: doc.vendors,
    taxonomies: doc.taxonomies,
    activities: doc.activities.map((a) => ({ id: a.id, name: a.name, organisationId: a.organisationId, productId: a.productId, status: a.status, role: a.role })) as Overview['activities'],
  };
  return {
    overview,
    unreadable: null,
    index: buildIndex(overview),
    loaded: true,
    sample: false,
    history: { canUndo: false, canRedo: false },
    revision: 1,
    resetToken: 0,
    view: { kind: 'dashboard' },
    navigate: noop,
    reload: async () => undefined,
    undo: async () => undefined,
    redo: async () => undefined,
    newActivity: null,
    openNewActivity: noop,
    closeNewActivity: noop,
  };
}

const ACTIVITY_TAB: Record<ActivityTab, (props: { value: never; update: never; problems: Problems }) => ReactElement | null> = {
  general: GeneralTab as never,
  purposes: PurposesTab as never,
  data: DataTab as never,
  recipients: RecipientsTab as never,
  security: SecurityTab as never,
  dpia: DpiaTab as never,
  systems: SystemsTab as never,
};

/** The part of the editor a click on the finding shows, rendered for the finding's record. */
function shownFor(doc: WorkspaceDocument, f: Finding): { html: string; where: string } {
  const { entityType: kind, entityId: id } = f.target;
  const path = f.target.field === undefined ? undefined : fieldPath(f.target.field);
  let node: ReactElement;
  let where: string;
  if (kind === 'activity') {
    const a = doc.activities.find((x) => x.id === id);
    if (!a) throw new Error(`no activity ${id}`);
    const tab = tabOf(path ?? 'name');
    where = `activity tab ${tab}`;
    node = h(ACTIVITY_TAB[tab], { value: a as never, update: noop as never, problems: NO_PROBLEMS });
  } else if (kind === 'product') {
    const p = doc.products.find((x) => x.id === id);
    if (!p) throw new Error(`no product ${id}`);
    const tab = productTabOf(path ?? 'name');
    where = `product tab ${tab}`;
    const props = { value: p as never, update: noop as never, problems: NO_PROBLEMS };
    if (tab === 'preview') {
      // The preview of the section the finding names (the panel selects it), its stale overrides and the publish button.
      const section = noticeSectionOf(path);
      const lang = (section?.lang ?? 'en') as 'en' | 'de' | 'fr';
      const input = noticeInputFromDocument(doc, p.id);
      if (!input) throw new Error(`no notice input for ${p.id}`);
      const result = generateNotice(input, { lang, today: TODAY });
      const preview: NoticePreview = {
        html: '',
        sections: result.document.sections.map((s) => ({ key: s.key, number: s.number, heading: s.heading, text: s.heading })),
        warnings: [],
        staleOverrides: [...result.staleOverrides],
        publication: { state: f.ruleId === 'published-notice-outdated' ? 'changed' : 'current', version: 1 } as NoticePreview['publication'],
      };
      node = h('div', null, [
        h(PublishPanel, { key: 'p', productId: p.id, lang, publication: preview.publication }),
        h(StaleOverrides, { key: 's', preview, onEdit: noop, onRevert: noop }),
        h(OverrideEditor, { key: 'o', preview, productId: p.id, lang, sectionKey: section?.key ?? null, onSection: noop }),
      ]);
    } else {
      node = h(tab === 'notice' ? ProductNoticeTab : tab === 'permissions' ? ProductPermissionsTab : ProductDetails, props);
    }
  } else if (kind === 'organisation') {
    const o = doc.organisations.find((x) => x.id === id);
    if (!o) throw new Error(`no organisation ${id}`);
    where = 'organisation editor';
    node = h(ChecksProvider, null, h(OrganisationEditor, { organisation: o }));
  } else if (kind === 'vendor') {
    const v = doc.vendors.find((x) => x.id === id);
    if (!v) throw new Error(`no vendor ${id}`);
    where = 'vendor editor';
    node = h(VendorEditor, { vendor: v });
  } else if (kind === 'workspace' && f.target.productId !== undefined && findingView(f)?.kind === 'storeLabels') {
    // A data category's store types: the Store labels screen's mapping of the product the finding names.
    where = 'store labels mapping';
    const labels = buildStoreLabels(doc, f.target.productId);
    if (!labels) throw new Error(`no labels for ${f.target.productId}`);
    node = h(StoreLabelsMapping, { view: { labels, exports: [], files: {} as never } });
  } else {
    throw new Error(`a finding on the ${kind} opens nothing`);
  }
  const html = renderToStaticMarkup(h(MantineProvider, null, h(StoreContext.Provider, { value: storeOf(doc) }, node)));
  return { html, where };
}

const pathsIn = (html: string) => [...html.matchAll(/data-field-path="([^"]*)"/g)].map((m) => m[1] ?? '');

beforeAll(() => {
  initI18n();
});

describe('every finding lands on a field the editor renders', () => {
  it.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const doc = cleanDoc();
    c.fire(doc);
    const found = findingsOf(doc, c.rule);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      // Every finding opens something when clicked.
      expect(findingView(f), `${c.rule}: a click opens a screen`).toBeDefined();
      const { html, where } = shownFor(doc, f);
      if (f.target.field === undefined) {
        // A whole record: its title takes the focus.
        expect(html, `${c.rule}: the title of the ${where}`).toContain('data-record-title');
        continue;
      }
      const path = fieldPath(f.target.field);
      const rendered = pathsIn(html);
      expect(matchPath(path, rendered), `${c.rule}: “${path}” in the ${where}, which renders ${rendered.join(', ')}`).toBeDefined();
    }
  });

  it('turns finding paths into the form’s paths', () => {
    expect(fieldPath('purposes[2].legalBasis')).toBe('purposes.2.legalBasis');
    expect(fieldPath('recipients[0]')).toBe('recipients.0');
    expect(matchPath('recipients.0', ['recipients.0.vendorId', 'recipients.0.name'])).toBe('recipients.0.vendorId');
    // A field is not stood for by one whose name merely starts the same way.
    expect(matchPath('purposes.1', ['purposes.10.legalBasis'])).toBeUndefined();
    expect(noticeSectionOf('notice.sections.rights.de')).toEqual({ key: 'rights', lang: 'de' });
  });
});
