import { createTheme, defaultVariantColorsResolver, parseThemeColor, type VariantColorsResolver } from '@mantine/core';
import { en } from '../i18n/en';
import { contrastRatio, inkOn } from './contrast';

/** Every close button is named (axe: buttons must have discernible text). */
const closeButtonProps = { 'aria-label': en.common.close };

/**
 * Light and subtle variants (badges, the active navigation entry, subtle buttons) get the colour's
 * darkest shade as text in light mode and a pale one in dark mode: the defaults were 3–4.1:1 (axe).
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const d = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.color === 'gray' || parsed.color === 'dark') return d;
  const c = parsed.color;
  const shades = input.theme.colors[c];
  if (input.variant === 'filled' && parsed.shade === undefined) {
    // White on red-6 (the Delete button) was 3.8:1: the first shade from 6 on that carries white text at AA.
    const at = shades ? [6, 7, 8, 9].find((n) => contrastRatio('#ffffff', shades[n] ?? '#000000') >= 4.6) : undefined;
    if (!shades || at === undefined) return d;
    return { ...d, background: shades[at] ?? d.background, hover: shades[Math.min(9, at + 1)] ?? d.hover, color: 'var(--mantine-color-white)' };
  }
  if (input.variant !== 'light' && input.variant !== 'subtle') return d;
  // Shade 9 on shades 0/1 is below 4.5:1 for orange, yellow, lime and green: darken it until it passes.
  const ink = shades ? inkOn(shades[9], [shades[0], shades[1]]) : `var(--mantine-color-${c}-9)`;
  return {
    ...d,
    color: `light-dark(${ink}, var(--mantine-color-${c}-2))`,
    ...(input.variant === 'light' ? { background: `light-dark(var(--mantine-color-${c}-0), ${d.background})`, hover: `light-dark(var(--mantine-color-${c}-1), ${d.hover})` } : {}),
  };
};

/** Calm and dense: system fonts (nothing remote), small default sizes, one accent colour. */
export const theme = createTheme({
  primaryColor: 'indigo',
  variantColorResolver,
  // Shade 7 keeps white text on primary buttons above 4.5:1 (shade 6 gave 4.3:1).
  primaryShade: { light: 7, dark: 7 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
  headings: { fontWeight: '600', sizes: { h2: { fontSize: '1.35rem' }, h3: { fontSize: '1.1rem' }, h4: { fontSize: '0.95rem' } } },
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    Textarea: { defaultProps: { size: 'sm', autosize: true, minRows: 2, maxRows: 8 } },
    Select: { defaultProps: { size: 'sm', comboboxProps: { withinPortal: true } } },
    MultiSelect: { defaultProps: { size: 'sm' } },
    // The light variant sends the active entry through the resolver above (the default was 4.1:1).
    NavLink: { defaultProps: { variant: 'light' } },
    Modal: { defaultProps: { closeButtonProps } },
    Drawer: { defaultProps: { closeButtonProps } },
    Notification: { defaultProps: { closeButtonProps } },
    Alert: { defaultProps: { closeButtonLabel: en.common.close } },
  },
});
