import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  luminance,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

// Colours meet WCAG AA contrast (4.5:1 for text) on the white and light-grey surfaces:
// - the primary indigo is shade 8 rather than Mantine's 6 (4.3:1 on white);
// - dimmed text is a darker grey than Mantine's (3.3:1 on white), readable on an active item's tint;
// - coloured text (c="green", light badges, alerts, subtle and outline buttons) is the colour's
//   shade 8 darkened until it reads at 4.5:1 on its own light tint: Mantine's gives green, orange or
//   yellow 2.3–3.9:1 (indigo, grape, violet and pink need no darkening);
// - filled backgrounds under white text are darkened until white reads at 4.5:1 (indigo, blue,
//   grape, violet and pink need none).
const pageControlNames: Record<string, string> = {
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
};

/** Luminance at most this gives white text 4.57:1 on it. */
const UNDER_WHITE_TEXT = 0.175;
/** Luminance at most this reads at 4.5:1 on a 10 % tint of itself, and 5.4:1 on white. */
const TEXT_ON_TINT = 0.14;
const darkened = new Map<string, string>();

/** The shade darkened in 5 % steps until its luminance is at most `most`. */
function darkEnough(shade: string, most: number): string {
  const key = `${shade}:${most}`;
  let color = darkened.get(key);
  if (color === undefined) {
    color = shade;
    for (let amount = 0.05; luminance(color) > most && amount < 0.7; amount += 0.05) color = darken(shade, amount);
    darkened.set(key, color);
  }
  return color;
}

const textVariants = new Set(['light', 'subtle', 'outline']);

const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const shades = input.color ? input.theme.colors[input.color] : undefined;
  if (shades === undefined) return colors;
  if (textVariants.has(input.variant)) return { ...colors, color: darkEnough(shades[8], TEXT_ON_TINT) };
  if (input.variant === 'filled' && colors.color === 'var(--mantine-color-white)') {
    const background = darkEnough(shades[8], UNDER_WHITE_TEXT);
    return { ...colors, background, hover: darken(background, 0.1) };
  }
  return colors;
};

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  variantColorResolver,
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Badge: { defaultProps: { radius: 'sm' } },
    // The active item's description keeps full opacity, so that it stays readable on the tint.
    NavLink: { styles: { description: { opacity: 1 } } },
    // The arrow buttons show no text: screen readers get their names.
    Pagination: {
      defaultProps: { getControlProps: (control: string) => ({ 'aria-label': pageControlNames[control] }) },
    },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5f6770',
    // Coloured text (<Text c="green">, anchors) as readable as the coloured text of the variants.
    ...Object.fromEntries(
      Object.entries(resolved.colors).map(([name, shades]) => [
        `--mantine-color-${name}-text`,
        darkEnough(shades[8], TEXT_ON_TINT),
      ]),
    ),
  },
  dark: {},
});
