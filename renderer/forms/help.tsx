import { Stack, Text, type ComboboxItem, type ComboboxLikeRenderOptionInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Catalogue } from '../i18n/en';

export type HelpKey = keyof Catalogue['help'];

/**
 * Plain-language help under a legal field: what it means and an example. Put below the
 * input (not between label and input) so that fields side by side stay aligned.
 *
 * Compact (issue 12, layout at 1024 px): one line, cut with an ellipsis; the whole text unfolds
 * while the field has the focus, shows as the line's tooltip, and is always the input's
 * accessible description (screen readers read it in full).
 */
export function help(t: TFunction, key: HelpKey): { description: ReactNode; inputWrapperOrder: ('label' | 'input' | 'description' | 'error')[] } {
  return { description: <HelpLine text={t(`help.${key}`)} />, inputWrapperOrder: ['label', 'input', 'error', 'description'] };
}

/** One line of help, whole while its field has the focus (styles.css `.help-line`). */
export function HelpLine({ text }: { text: string }) {
  return (
    <span className="help-line" title={text}>
      {text}
    </span>
  );
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
