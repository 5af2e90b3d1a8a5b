import { Grid, Group, Paper, SimpleGrid, Text, TextInput, Title, type SelectProps } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../shared/model';
import type { Problems } from './problems';
import { destinationOptions, useOptions, type Certification } from './options';
import { SearchableSelect } from './searchable';
import { opt } from './useDraft';
import { fp } from '../app/field-focus';
import { ReasonActionIcon } from '../app/Reasoned';
import { HelpLine } from './help';

/** A titled block of an editor. */
export function Section({ title, children, actions, help }: { title: string; children: ReactNode; actions?: ReactNode; help?: string }) {
  return (
    <Paper withBorder p="md" radius="sm" component="section" aria-label={title}>
      <div className="section-head">
        <Title order={3} fz="sm" fw={600}>
          {title}
        </Title>
        {actions}
      </div>
      {help && (
        <Text size="xs" c="dimmed" mt={-4} mb="xs" className="section-help">
          <HelpLine text={help} />
        </Text>
      )}
      {children}
    </Paper>
  );
}

export function Fields({ children, cols = 2 }: { children: ReactNode; cols?: number }) {
  return (
    <SimpleGrid cols={{ base: 1, md: cols }} spacing="sm" verticalSpacing="xs">
      {children}
    </SimpleGrid>
  );
}

export { Grid };

interface CountryProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: string | undefined;
  onChange(code: string | undefined): void;
  /** Show adequacy next to each country (transfer destinations). */
  destination?: boolean;
  /** For destinations: whether the recipient is DPF-certified (the US decision depends on it). */
  recipient?: Certification;
}

/** Country picker; for destinations each country shows its adequacy ("Japan — adequacy decision"). */
export function CountrySelect({ value, onChange, destination, recipient, ...rest }: CountryProps) {
  const { t } = useTranslation();
  const o = useOptions();
  return (
    <SearchableSelect
      clearable
      placeholder={t('common.pickCountry')}
      data={destination ? destinationOptions(t, recipient ?? 'unknown') : o.country}
      value={value ?? null}
      onChange={(v) => onChange(v ?? undefined)}
      limit={300}
      {...rest}
    />
  );
}

/** Name, e-mail, phone, address, country and URL of a person or body. */
export function ContactFields({
  value,
  onChange,
  path,
  problems,
}: {
  value: Contact | undefined;
  onChange(next: Contact | undefined, mode?: 'typing' | 'now'): void;
  path: string;
  problems: Problems;
}) {
  const { t } = useTranslation();
  const c = value ?? {};
  const set = (patch: Partial<Contact>, mode: 'typing' | 'now' = 'typing') => {
    const next = { ...c, ...patch };
    const empty = Object.values(next).every((v) => v === undefined);
    onChange(empty ? undefined : next, mode);
  };
  const text = (key: 'name' | 'email' | 'phone' | 'address' | 'url', label: string) => (
    <TextInput {...fp(`${path}.${key}`)} label={label} value={c[key] ?? ''} onChange={(e) => set({ [key]: opt(e.currentTarget.value) })} error={problems.at(`${path}.${key}`)} />
  );
  return (
    <Fields>
      {text('name', t('common.name'))}
      {text('email', t('common.email'))}
      {text('phone', t('common.phone'))}
      {text('url', t('common.website'))}
      {text('address', t('common.address'))}
      <CountrySelect {...fp(`${path}.country`)} label={t('common.country')} value={c.country} onChange={(v) => set({ country: v }, 'now')} error={problems.at(`${path}.country`)} />
    </Fields>
  );
}

/** A calendar date (YYYY-MM-DD) with the browser's own date control; empty means "not set". */
export function DateField({ label, value, onChange, error, ...rest }: { label: string; value: string | undefined; onChange(v: string | undefined): void; error?: string | undefined; 'data-field-path'?: string }) {
  return <TextInput {...rest} type="date" label={label} value={value ?? ''} onChange={(e) => onChange(opt(e.currentTarget.value))} error={error} />;
}

/** One item of an editable list (a purpose, a data category, a recipient, …): its fields and a remove button. */
export function RemovableItem({ index, onRemove, testId, spacing = 'xs', children }: { index: number; onRemove(): void; testId?: string; spacing?: 'xs' | 'sm'; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={spacing} data-testid={testId}>
      <Group align="flex-start" wrap="nowrap" gap={spacing} className="removable-row">
        {children}
        <ReasonActionIcon writes mt={24} variant="subtle" color="gray" aria-label={t('common.removeRow', { n: index + 1 })} onClick={onRemove}>
          <IconTrash size={14} />
        </ReasonActionIcon>
      </Group>
    </Paper>
  );
}
