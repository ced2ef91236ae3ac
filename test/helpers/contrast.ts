/**
 * WCAG contrast of a card's text in Teams' themes. Teams draws Adaptive Cards with a host config per
 * theme; the colours below are its light and dark ones (microsoft/AdaptiveCards,
 * samples/HostConfig/microsoft-teams-light.json and -dark.json; the Agents Playground bundles the same
 * light one). In high contrast Teams follows the system's forced colours: every text is the system text
 * colour on the system background, so colour says nothing there and the words must say it all.
 */

type Style = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
type Colour = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';

interface Theme {
  background: Record<Style, string>;
  /** Foreground colours by container style; "default" style's unless a style overrides them. */
  foreground: Record<'plain' | 'coloured', Record<Colour, { default: string; subtle: string }>>;
}

const LIGHT_FG: Theme['foreground']['plain'] = {
  default: { default: '#ff252424', subtle: '#bf252424' },
  dark: { default: '#252424', subtle: '#bf252424' },
  light: { default: '#ffffff', subtle: '#fff3f2f1' },
  accent: { default: '#6264a7', subtle: '#8b8cc7' },
  good: { default: '#92c353', subtle: '#e592c353' },
  warning: { default: '#f8d22a', subtle: '#e5f8d22a' },
  attention: { default: '#c4314b', subtle: '#e5c4314b' },
};
const DARK_FG: Theme['foreground']['plain'] = {
  default: { default: '#ffffffff', subtle: '#bfffffff' },
  dark: { default: '#ff201f1f', subtle: '#ff2d2c2c' },
  light: { default: '#ffffffff', subtle: '#bfffffff' },
  accent: { default: '#ffa6a7dc', subtle: '#ff8b8cc7' },
  good: { default: '#ff92c353', subtle: '#e592c353' },
  warning: { default: '#fff8d22a', subtle: '#e5f8d22a' },
  attention: { default: '#ffd74654', subtle: '#e5d74654' },
};
const PASTELS = {
  good: '#CCFFCC',
  attention: '#FFC5B2',
  warning: '#FFE2B2',
  accent: '#C7DEF9',
};

export const THEMES: Record<'light' | 'dark', Theme> = {
  light: {
    background: { default: '#ffffff', emphasis: '#fff9f8f7', ...PASTELS },
    foreground: { plain: LIGHT_FG, coloured: LIGHT_FG },
  },
  dark: {
    background: { default: '#ff2d2c2c', emphasis: '#ff292828', ...PASTELS },
    // On the pastel styles dark Teams keeps dark text.
    foreground: {
      plain: DARK_FG,
      coloured: {
        ...DARK_FG,
        default: { default: '#ff201f1f', subtle: '#ff2d2c2c' },
        dark: { default: '#ff201f1f', subtle: '#ff2d2c2c' },
      },
    },
  },
};

type Rgb = [number, number, number];

function rgba(hex: string): { rgb: Rgb; alpha: number } {
  const h = hex.replace('#', '');
  const [a, rest] = h.length === 8 ? [parseInt(h.slice(0, 2), 16) / 255, h.slice(2)] : [1, h];
  return {
    rgb: [0, 2, 4].map((i) => parseInt(rest.slice(i, i + 2), 16)) as Rgb,
    alpha: a,
  };
}

function over(fg: string, bg: Rgb): Rgb {
  const { rgb, alpha } = rgba(fg);
  return rgb.map((c, i) => Math.round(c * alpha + bg[i]! * (1 - alpha))) as Rgb;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of a text colour (with its alpha) on a background. */
export function contrastRatio(fg: string, bg: string): number {
  const back = over(bg, [255, 255, 255]);
  const l1 = luminance(over(fg, back));
  const l2 = luminance(back);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** WCAG AA for body text. */
export const AA = 4.5;

interface Text {
  text: string;
  color?: string;
  isSubtle?: boolean;
}

/**
 * Every text of a card below AA in a theme: "dark: 'Some issues' (warning) on default, 1.9:1". Styles
 * are inherited from the nearest styled container, column, table row or cell; an Action.ShowCard's card
 * is drawn in the host's "emphasis" style.
 */
export function contrastProblems(card: unknown): string[] {
  const problems: string[] = [];
  const check = (t: Text, style: Style) => {
    for (const [name, theme] of Object.entries(THEMES)) {
      const colour = (t.color ?? 'Default').toLowerCase() as Colour;
      const set = style === 'default' || style === 'emphasis' ? 'plain' : 'coloured';
      const fg = theme.foreground[set][colour][t.isSubtle ? 'subtle' : 'default'];
      const ratio = contrastRatio(fg, theme.background[style]);
      if (ratio < AA)
        problems.push(
          `${name}: '${t.text.slice(0, 40)}' (${colour}${t.isSubtle ? ', subtle' : ''}) on ${style}, ${ratio.toFixed(1)}:1`,
        );
    }
  };
  const walk = (node: unknown, style: Style): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, style));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const here = (
      typeof o.style === 'string' &&
      o.type !== 'TextBlock' &&
      o.type !== 'Input.ChoiceSet' &&
      o.type !== 'Input.Text' &&
      !String(o.type).startsWith('Action.') &&
      o.style in THEMES.light.background
        ? o.style
        : style
    ) as Style;
    if (o.type === 'TextBlock' || o.type === 'TextRun') check(o as unknown as Text, here);
    if (o.type === 'FactSet')
      for (const f of (o.facts as { title: string; value: string }[]) ?? [])
        check({ text: `${f.title}: ${f.value}` }, here);
    for (const [k, v] of Object.entries(o)) {
      if (k === 'fallback' || k === 'refresh') continue;
      walk(v, o.type === 'Action.ShowCard' && k === 'card' ? 'emphasis' : here);
    }
  };
  walk(card, 'default');
  return problems;
}
