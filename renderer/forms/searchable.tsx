import { MultiSelect, Select, type ComboboxData, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Item {
  value: string;
  label: string;
}

/** The options of a Select's data, groups flattened. */
export function flatOptions(data: ComboboxData | undefined): Item[] {
  const out: Item[] = [];
  for (const entry of data ?? []) {
    if (typeof entry === 'string') out.push({ value: entry, label: entry });
    else if ('group' in entry) out.push(...flatOptions(entry.items as ComboboxData));
    else out.push({ value: String(entry.value), label: entry.label ?? String(entry.value) });
  }
  return out;
}

/**
 * What typed text stands for: the option whose label it is (ignoring case), else
 * the only option whose label contains it (as the list filters), else nothing.
 */
export function matchTyped(text: string, options: readonly Item[]): Item | 'none' | 'several' {
  const q = text.trim().toLowerCase();
  if (q === '') return 'none';
  const exact = options.filter((o) => o.label.toLowerCase() === q);
  if (exact.length === 1 && exact[0]) return exact[0];
  const partial = options.filter((o) => o.label.toLowerCase().includes(q));
  if (partial.length === 1 && partial[0]) return partial[0];
  return partial.length === 0 ? 'none' : 'several';
}

function useTypedText() {
  const [search, setSearch] = useState('');
  const [unmatched, setUnmatched] = useState<{ text: string; why: 'none' | 'several' } | null>(null);
  const keep = useRef(false);
  return { search, setSearch, unmatched, setUnmatched, keep };
}

type SingleProps = Omit<SelectProps, 'searchable' | 'searchValue' | 'onSearchChange' | 'onChange' | 'value'> & {
  value: string | null;
  onChange(value: string | null): void;
};

/**
 * A searchable Select that never drops what was typed: Enter takes the highlighted
 * (first) match; leaving the field takes the one option the text stands for, and
 * otherwise keeps the text in the field with a message saying why nothing was picked.
 */
export function SearchableSelect({ value, onChange, data, error, onBlur, onFocus, ...rest }: SingleProps) {
  const { t } = useTranslation();
  const s = useTypedText();
  const options = flatOptions(data);
  const selectedLabel = options.find((o) => o.value === value)?.label ?? '';
  const blurCapture = (e: FocusEvent<HTMLDivElement>) => {
    if (!(e.target instanceof HTMLInputElement)) return;
    const text = s.search;
    if (text.trim() === '' || text === selectedLabel) return;
    const match = matchTyped(text, options);
    s.keep.current = true;
    if (typeof match === 'object') {
      s.setUnmatched(null);
      s.setSearch(match.label);
      if (match.value !== value) onChange(match.value);
    } else s.setUnmatched({ text, why: match });
  };
  const message = s.unmatched ? t(s.unmatched.why === 'none' ? 'select.noMatch' : 'select.severalMatch', { text: s.unmatched.text }) : undefined;
  return (
    <div onBlurCapture={blurCapture} style={{ minWidth: 0 }}>
      <Select
        {...rest}
        data={data}
        searchable
        selectFirstOptionOnChange
        value={value}
        searchValue={s.search}
        onSearchChange={(text) => {
          if (s.keep.current) return;
          s.setSearch(text);
          if (s.unmatched && text !== s.unmatched.text) s.setUnmatched(null);
        }}
        onChange={(v) => {
          s.setUnmatched(null);
          onChange(v);
        }}
        onFocus={(e) => {
          s.keep.current = false;
          onFocus?.(e);
        }}
        onBlur={(e) => {
          // Mantine has reset the text to the selected label by now; the typed text wins if kept.
          setTimeout(() => (s.keep.current = false), 0);
          onBlur?.(e);
        }}
        error={message ?? error}
      />
    </div>
  );
}

type MultiProps = Omit<MultiSelectProps, 'searchable' | 'searchValue' | 'onSearchChange' | 'onChange' | 'value'> & {
  value: string[];
  onChange(value: string[]): void;
};

/** The same for several values: Enter adds the highlighted match, leaving adds the one option the text stands for. */
export function SearchableMultiSelect({ value, onChange, data, error, onBlur, onFocus, ...rest }: MultiProps) {
  const { t } = useTranslation();
  const s = useTypedText();
  const options = flatOptions(data).filter((o) => !value.includes(o.value));
  const handleBlur = () => {
    const text = s.search;
    if (text.trim() === '') return;
    const match = matchTyped(text, options);
    s.keep.current = true;
    if (typeof match === 'object') {
      s.setUnmatched(null);
      s.setSearch('');
      onChange([...value, match.value]);
    } else s.setUnmatched({ text, why: match });
  };
  const message = s.unmatched ? t(s.unmatched.why === 'none' ? 'select.noMatch' : 'select.severalMatch', { text: s.unmatched.text }) : undefined;
  return (
    <MultiSelect
      {...rest}
      data={data}
      searchable
      hidePickedOptions
      selectFirstOptionOnChange
      value={value}
      searchValue={s.search}
      onSearchChange={(text) => {
        if (s.keep.current) return;
        s.setSearch(text);
        if (s.unmatched && text !== s.unmatched.text) s.setUnmatched(null);
      }}
      onChange={(v) => {
        s.setUnmatched(null);
        onChange(v);
      }}
      onFocus={(e) => {
        s.keep.current = false;
        onFocus?.(e);
      }}
      onBlur={(e) => {
        handleBlur();
        setTimeout(() => (s.keep.current = false), 0);
        onBlur?.(e);
      }}
      error={message ?? error}
    />
  );
}
