import { Alert, Checkbox, Group, Modal, MultiSelect, Progress, Radio, Select, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonButton } from '../app/Reasoned';
import { call, messageOf, onEvent } from '../api';
import { notifyDone, notifyError } from '../app/notify';
import { useStore } from '../app/store';
import { LAYOUT_LANG, REPORT_LANGUAGES, type ReportLanguage, XLSX_LAYOUTS, type XlsxLayout } from '../../shared/reports/layout-lang';

type Format = 'xlsx' | 'docx' | 'json';
type ScopeKind = 'workspace' | 'organisation' | 'product';
const OPEN_EVENT = 'ropa:open-export';

/** Opens the export dialog from anywhere (buttons, the File ▸ Export menu). */
export function openExportDialog(format: Format = 'xlsx'): void {
  window.dispatchEvent(new CustomEvent(OPEN_EVENT, { detail: format }));
}

/** The layouts, the offered languages of a report (issue 13) and the language of an authority's own layout: the exporter's table. */
const LAYOUTS = XLSX_LAYOUTS;
type Layout = XlsxLayout;

/** Format, scope, layout, language and columns; then the native save dialog; progress while it runs. */
export function ExportDialogHost() {
  const { t } = useTranslation();
  const { overview } = useStore();
  const [opened, setOpened] = useState(false);
  const [format, setFormat] = useState<Format>('xlsx');
  const [scope, setScope] = useState<ScopeKind>('workspace');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [productId, setProductId] = useState<string | null>(null);
  const [layout, setLayout] = useState<Layout>('native');
  const [lang, setLang] = useState<ReportLanguage>('en');
  /** The language a layout of an authority's own is written in (the report then takes it). */
  const layoutLang = format === 'xlsx' ? LAYOUT_LANG[layout] : undefined;
  const [columns, setColumns] = useState<string[]>([]);
  const [columnOptions, setColumnOptions] = useState<{ value: string; label: string }[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  /** Progress events count only while an export runs (a late one must not bring the bar back). */
  const running = useRef(false);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [since, setSince] = useState<string | null>(null);
  const [authorityCopy, setAuthorityCopy] = useState(false);
  const [baselines, setBaselines] = useState<{ value: string; label: string }[]>([]);

  useEffect(() => {
    const open = (e: Event) => {
      setFormat(((e as CustomEvent<Format>).detail ?? 'xlsx') as Format);
      setWarnings([]);
      setOpened(true);
    };
    window.addEventListener(OPEN_EVENT, open);
    const offMenu = onEvent('menu:command', (c) => c === 'export-json' && openExportDialog('json'));
    const offProgress = onEvent('export:progress', (p) => running.current && setProgress(p as { done: number; total: number }));
    return () => {
      window.removeEventListener(OPEN_EVENT, open);
      offMenu();
      offProgress();
    };
  }, []);
  useEffect(() => {
    if (opened) call('baseline:list', {}).then((bs) => setBaselines(bs.map((b) => ({ value: b.id, label: `${b.label} (${b.createdAt.slice(0, 10)})` }))), () => undefined);
  }, [opened]);
  useEffect(() => {
    if (opened && columnOptions.length === 0) call('report:columns', {}).then((cs) => setColumnOptions(cs.map((c) => ({ value: c.key, label: c.label }))), () => undefined);
  }, [opened, columnOptions.length]);

  const reportScope =
    scope === 'organisation' && organisationId
      ? ({ kind: 'organisation', organisationId } as const)
      : scope === 'product' && productId
        ? ({ kind: 'product', productId } as const)
        : ({ kind: 'workspace' } as const);
  const ready = format === 'json' || scope === 'workspace' || (scope === 'organisation' ? organisationId !== null : productId !== null);

  const run = async () => {
    running.current = true;
    setProgress({ done: 0, total: 1 });
    setWarnings([]);
    try {
      if (format === 'json') {
        const path = await call('workspace:exportJson', {});
        if (path) {
          notifyDone(t('reports.saved', { path }));
          setOpened(false);
        }
      } else {
        const result = await call('report:export', {
          format,
          scope: reportScope,
          ...(format === 'xlsx' ? { layout } : {}),
          ...(layoutLang === undefined ? { lang } : {}),
          ...(format === 'xlsx' && layout === 'native' && columns.length > 0 ? { columns } : {}),
          ...(since && !(format === 'xlsx' && layout !== 'native') ? { since } : {}),
          ...(format === 'docx' && authorityCopy ? { authorityCopy: true } : {}),
        });
        if (result) {
          notifyDone(t('reports.saved', { path: result.path }));
          setWarnings(result.warnings);
          if (result.warnings.length === 0) setOpened(false);
        }
      }
    } catch (e) {
      notifyError(messageOf(e));
    } finally {
      running.current = false;
      setProgress(null);
    }
  };

  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title={t('reports.exportTitle')} size="lg">
      <Stack gap="md">
        <Radio.Group label={t('reports.format')} value={format} onChange={(v) => setFormat(v as Format)}>
          <Stack gap={6} mt={6}>
            {(['xlsx', 'docx', 'json'] as const).map((f) => (
              <Radio key={f} value={f} label={t(`reports.formats.${f}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {format !== 'json' && (
          <Radio.Group label={t('reports.scope')} value={scope} onChange={(v) => setScope(v as ScopeKind)}>
            <Group gap="md" mt={6}>
              {(['workspace', 'organisation', 'product'] as const).map((s) => (
                <Radio key={s} value={s} label={t(`reports.scopes.${s}`)} />
              ))}
            </Group>
          </Radio.Group>
        )}
        {format !== 'json' && scope === 'organisation' && (
          <Select label={t('reports.organisation')} data={(overview?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))} value={organisationId} onChange={setOrganisationId} />
        )}
        {format !== 'json' && scope === 'product' && (
          <Select label={t('reports.product')} data={(overview?.products ?? []).map((p) => ({ value: p.id, label: p.name }))} value={productId} onChange={setProductId} searchable />
        )}
        {format === 'xlsx' && (
          <Select
            label={t('reports.layout')}
            data={LAYOUTS.map((l) => ({ value: l, label: t(`reports.layouts.${l}`) }))}
            value={layout}
            onChange={(v) => v && setLayout(v as Layout)}
            allowDeselect={false}
          />
        )}
        {format !== 'json' && layoutLang === undefined && (
          <Select
            label={t('reports.language')}
            description={t('reports.languageHint')}
            data={REPORT_LANGUAGES.map((l) => ({ value: l, label: t(`reports.languages.${l}`) }))}
            value={lang}
            onChange={(v) => v && setLang(v as ReportLanguage)}
            allowDeselect={false}
          />
        )}
        {layoutLang !== undefined && (
          <Text size="sm" c="dimmed">
            {t('reports.languageOfLayout', { language: t(`reports.languages.${layoutLang}`) })}
          </Text>
        )}
        {format === 'xlsx' && layout === 'native' && (
          <MultiSelect label={t('reports.columns')} description={t('reports.columnsHint')} data={columnOptions} value={columns} onChange={setColumns} searchable clearable />
        )}
        {format !== 'json' && baselines.length > 0 && !(format === 'xlsx' && layout !== 'native') && (
          <Select label={t('reports.since')} description={t('reports.sinceHint')} data={baselines} value={since} onChange={setSince} clearable />
        )}
        {format === 'docx' && (
          <Checkbox
            label={t('reports.authorityCopy')}
            description={t('reports.authorityCopyHint')}
            checked={authorityCopy}
            onChange={(e) => setAuthorityCopy(e.currentTarget.checked)}
          />
        )}
        {progress && (
          <Stack gap={4}>
            <Text size="sm">{t('reports.running', { done: progress.done, total: progress.total })}</Text>
            <Progress value={progress.total > 0 ? (100 * progress.done) / progress.total : 0} animated />
          </Stack>
        )}
        {warnings.length > 0 && (
          <Alert color="yellow" title={t('reports.changedText')}>
            {warnings.slice(0, 20).map((w, i) => (
              <Text key={i} size="xs">
                {w}
              </Text>
            ))}
          </Alert>
        )}
        <Group justify="flex-end">
          <ReasonButton onClick={() => void run()} reason={ready ? undefined : t('why.chooseScope')} disabled={progress !== null} loading={progress !== null}>
            {t('reports.run')}
          </ReasonButton>
        </Group>
      </Stack>
    </Modal>
  );
}
