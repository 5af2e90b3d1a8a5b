import { createTheme } from '@mantine/core';

/** Calm and dense: system fonts (nothing remote), small default sizes, one accent colour. */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
  headings: { fontWeight: '600', sizes: { h2: { fontSize: '1.35rem' }, h3: { fontSize: '1.1rem' }, h4: { fontSize: '0.95rem' } } },
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    Textarea: { defaultProps: { size: 'sm', autosize: true, minRows: 2, maxRows: 8 } },
    Select: { defaultProps: { size: 'sm', comboboxProps: { withinPortal: true } } },
    MultiSelect: { defaultProps: { size: 'sm' } },
  },
});
