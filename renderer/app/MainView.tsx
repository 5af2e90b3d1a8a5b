import { Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityEditor } from '../editors/activity/ActivityEditor';
import { OrganisationEditor } from '../editors/OrganisationEditor';
import { ProductEditor } from '../editors/ProductEditor';
import { VendorEditor } from '../editors/VendorEditor';
import { ChangeLogScreen } from '../screens/ChangeLogScreen';
import { BaselinesScreen } from '../screens/BaselinesScreen';
import { Dashboard } from '../screens/Dashboard';
import { MeasuresScreen } from '../screens/MeasuresScreen';
import { PermissionsScreen } from '../screens/PermissionsScreen';
import { TaxonomiesScreen } from '../screens/TaxonomiesScreen';
import { VendorsScreen } from '../screens/VendorsScreen';
// Store labels (issue 16)
import { StoreLabelsScreen } from '../screens/StoreLabelsScreen';
import { ImportMappingScreen } from '../screens/ImportMappingScreen';
import { useStore } from './store';
// Translating the records (issue 13)
import { TranslationsScreen } from '../translations/TranslationsScreen';

/** The screen for the current view; editors are keyed by record so each gets a fresh draft. */
export function MainView() {
  const { t } = useTranslation();
  const { view, index } = useStore();
  // A new screen opens at its top (its title), not at the scroll position the previous one was left at.
  const key = `${view.kind}:${'id' in view ? (view.id ?? '') : ''}`;
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [key]);
  const gone = <Text c="dimmed">{t('activity.notFound')}</Text>;
  switch (view.kind) {
    case 'dashboard':
      return <Dashboard />;
    case 'vendors':
      return <VendorsScreen />;
    case 'taxonomies':
      return <TaxonomiesScreen />;
    case 'measures':
      return <MeasuresScreen />;
    case 'permissions':
      return <PermissionsScreen />;
    case 'changes':
      return <ChangeLogScreen />;
    case 'baselines':
      return <BaselinesScreen />;
    // Store labels (issue 16)
    case 'storeLabels':
      return <StoreLabelsScreen key={view.id ?? ''} productId={view.id} />;
    case 'registerImport':
      return <ImportMappingScreen />;
    // Translating the records (issue 13)
    case 'translations':
      return <TranslationsScreen key={`${view.id}:${view.lang ?? ''}`} productId={view.id} lang={view.lang} />;
    case 'organisation': {
      const o = index?.organisations.get(view.id);
      return o ? <OrganisationEditor key={o.id} organisation={o} /> : gone;
    }
    case 'product': {
      const p = index?.products.get(view.id);
      return p ? <ProductEditor key={p.id} product={p} /> : gone;
    }
    case 'vendor': {
      const v = index?.vendors.get(view.id);
      return v ? <VendorEditor key={v.id} vendor={v} /> : gone;
    }
    case 'activity':
      return <ActivityEditor key={view.id} id={view.id} />;
  }
}
