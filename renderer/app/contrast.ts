/** WCAG 2 contrast arithmetic for the theme: text shades that reach AA on their own tints. */

function channel(hex: string, i: number): number {
  const v = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** Contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function toHex(n: number): string {
  return Math.round(Math.max(0, Math.min(255, n))).toString(16).padStart(2, '0');
}

/** `hex` mixed with black by `amount` (0 to 1). */
export function darken(hex: string, amount: number): string {
  const k = 1 - amount;
  return `#${[0, 1, 2].map((i) => toHex(parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) * k)).join('')}`;
}

/**
 * The lightest darkening of `text` (in steps of 2 %) whose contrast against every one of
 * `backgrounds` reaches `ratio` (AA for normal text: 4.5). Mantine's orange, yellow, lime
 * and green shade 9 stay below 4.5:1 on their own pale tints, so badges need this.
 */
export function inkOn(text: string, backgrounds: readonly string[], ratio = 4.6): string {
  for (let step = 0; step <= 50; step++) {
    const candidate = darken(text, step * 0.02);
    if (backgrounds.every((b) => contrastRatio(candidate, b) >= ratio)) return candidate;
  }
  return '#000000';
}
