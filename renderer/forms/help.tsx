import { Stack, Text, type ComboboxItem, type ComboboxLikeRenderOptionInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Catalogue } from '../i18n/en';

export type HelpKey = keyof Catalogue['help'];

/**
 * Plain-language help under a legal field: what it means and an example. Put below the
 * input (not between label and input) so that fields side by side stay aligned.
 */
export function help(t: TFunction, key: HelpKey): { description: string; inputWrapperOrder: ('label' | 'input' | 'description' | 'error')[] } {
  return { description: t(`help.${key}`), inputWrapperOrder: ['label', 'input', 'error', 'description'] };
}

/** An option with a one-line description under its label (legal bases, transfer tools, derogations). */
export function describedOption(descriptions: ReadonlyMap<string, string>) {
  return function DescribedOption({ option }: ComboboxLikeRenderOptionInput<ComboboxItem>): ReactNode {
    const d = descriptions.get(option.value);
    return (
      <Stack gap={0}>
        <Text size="sm">{option.label}</Text>
        {d && (
          <Text size="xs" c="dimmed">
            {d}
          </Text>
        )}
      </Stack>
    );
  };
}
