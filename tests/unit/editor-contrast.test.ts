import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, inkOn } from '../../renderer/app/contrast';

describe('theme contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // axe reported orange-9 on orange-0 as 3.95:1
    expect(contrastRatio('#d9480f', '#fff4e6')).toBeCloseTo(3.95, 1);
  });

  it('gives every light badge colour a text shade at AA on its tint and hover tint', () => {
    for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
      const ink = inkOn(shades[9], [shades[0], shades[1]]);
      expect(contrastRatio(ink, shades[0]), name).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(ink, shades[1]), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps a shade that already passes unchanged', () => {
    expect(inkOn(DEFAULT_THEME.colors.indigo[9], [DEFAULT_THEME.colors.indigo[0], DEFAULT_THEME.colors.indigo[1]])).toBe(DEFAULT_THEME.colors.indigo[9].toLowerCase());
  });
});
