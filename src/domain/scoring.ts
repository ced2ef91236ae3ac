import type {
  AppetiteLevel,
  AppetiteScheme,
  PrintedScore,
  Risk,
  RiskRegister,
  ScoreBand,
} from './risk';

/** Score on the 5x5 matrix: consequence x likelihood. Always computed, never read from data. */
export function score(s: Pick<PrintedScore, 'consequence' | 'likelihood'>): number {
  return s.consequence * s.likelihood;
}

/** NHS default banding of the 5x5 matrix (products 1-25; 7, 11, 13, 14 cannot occur). */
export const NHS_BANDING: readonly ScoreBand[] = [
  { name: 'Low', min: 1, max: 3, colour: 'green' },
  { name: 'Moderate', min: 4, max: 6, colour: 'yellow' },
  { name: 'High', min: 8, max: 12, colour: 'amber' },
  { name: 'Extreme', min: 15, max: 25, colour: 'red' },
];

/** Checks that a banding covers every product the 5x5 matrix can produce, once. */
export function validateBanding(bands: readonly ScoreBand[]): string[] {
  const problems: string[] = [];
  for (let c = 1; c <= 5; c++)
    for (let l = 1; l <= 5; l++) {
      const n = c * l;
      const matches = bands.filter((b) => n >= b.min && n <= b.max).length;
      if (matches !== 1) problems.push(`score ${n} falls in ${matches} bands`);
    }
  return [...new Set(problems)];
}

export function bandFor(value: number, bands: readonly ScoreBand[] = NHS_BANDING): ScoreBand {
  const band = bands.find((b) => value >= b.min && value <= b.max);
  if (!band) throw new RangeError(`no band covers score ${value}`);
  return band;
}

export function bandingFor(register: Pick<RiskRegister, 'banding'>): readonly ScoreBand[] {
  return register.banding ?? NHS_BANDING;
}

export type ToleranceStatus = 'within' | 'at' | 'above';

export interface RiskAppetite {
  level: AppetiteLevel;
  /** Highest score the board tolerates at this appetite; null when the scheme gives no limit. */
  upperLimit: number | null;
  /** The scores the scheme gives this level ("13-16" for Open), when it gives them. */
  range: { min: number; max: number } | null;
}

/**
 * The appetite that applies to a risk: its own where printed, else the register's default level, with
 * the upper limit from the risk, the register's stated limit, or the top of the level's band.
 */
export function appetiteFor(risk: Pick<Risk, 'appetite'>, scheme: AppetiteScheme): RiskAppetite {
  const level = risk.appetite?.level ?? scheme.defaultLevel;
  const band = scheme.bands.find((b) => b.level === level);
  const upperLimit =
    risk.appetite?.upperLimit ??
    (level === scheme.defaultLevel ? scheme.upperLimit : undefined) ??
    band?.max ??
    null;
  return { level, upperLimit, range: band ? { min: band.min, max: band.max } : null };
}

/** Where a score stands against tolerance: within (below the limit), at it, or above it. */
export function toleranceStatus(
  value: number,
  appetite: Pick<RiskAppetite, 'upperLimit'>,
): ToleranceStatus | null {
  if (appetite.upperLimit === null) return null;
  if (value < appetite.upperLimit) return 'within';
  return value === appetite.upperLimit ? 'at' : 'above';
}

export interface AssessedScore {
  consequence: number;
  likelihood: number;
  score: number;
  band: ScoreBand;
}

export function assess(s: PrintedScore, bands: readonly ScoreBand[]): AssessedScore {
  const value = score(s);
  return {
    consequence: s.consequence,
    likelihood: s.likelihood,
    score: value,
    band: bandFor(value, bands),
  };
}

/** A risk's three stages assessed, its appetite and its tolerance status on the current score. */
export interface RiskAssessment {
  initial: AssessedScore;
  current: AssessedScore;
  target: AssessedScore | null;
  appetite: RiskAppetite;
  tolerance: ToleranceStatus | null;
  /** Where the target score would stand ("is the target within appetite?"); null without a target. */
  targetTolerance: ToleranceStatus | null;
  atTarget: boolean;
}

export function assessRisk(risk: Risk, register: RiskRegister): RiskAssessment {
  const bands = bandingFor(register);
  const current = assess(risk.scores.current, bands);
  const target = risk.scores.target ? assess(risk.scores.target, bands) : null;
  const appetite = appetiteFor(risk, register.appetite);
  return {
    initial: assess(risk.scores.initial, bands),
    current,
    target,
    appetite,
    tolerance: toleranceStatus(current.score, appetite),
    targetTolerance: target ? toleranceStatus(target.score, appetite) : null,
    atTarget: target !== null && current.score <= target.score,
  };
}
