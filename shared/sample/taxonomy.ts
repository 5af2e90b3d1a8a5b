/**
 * Taxonomies of the sample workspace: the shipped reference lists, plus the
 * entries the sample needs that the reference taxonomy lacks.
 */
import { type Taxonomies, defaultTaxonomies } from '../interchange';

/** Custom data category: measurement files queued on the device while offline. */
export const OFFLINE_QUEUE_FILES = 'offline_queue_files';

export function sampleTaxonomies(): Taxonomies {
  const t = defaultTaxonomies();
  t.dataCategories.push({
    key: OFFLINE_QUEUE_FILES,
    label: 'Offline queue files',
    group: 'content',
    special: false,
    criminal: false,
    description:
      'Measurements (photos, depth data, metadata) held in a queue on the device while it is offline, until synchronisation with the server finishes.',
    // Store labels: the queue stays on the device; what it uploads is declared as photos, 3D scans and measurement metadata.
    storeTypes: { apple: 'none', google: 'none' },
  });
  return t;
}
