/**
 * Building blocks for the per-version value rules: each rule names the elements it covers (a pattern where
 * `n` stands for any index) and returns null when a value is fine, or why it is not.
 */

/** `element` is the concrete name (with its indexes), for checks that depend on an earlier entry. */
export type Check = (value: string, context: RuleContext, element: string) => string | null;

/** What a check may need to know about entries set before it (the type of an interaction). */
export interface RuleContext {
  readonly interactionType: (index: string) => string | undefined;
}

export interface Rule {
  /** Element name with `n` for indexes, e.g. `cmi.interactions.n.id`. */
  readonly element: string;
  readonly check: Check;
}

export function oneOf(...allowed: string[]): Check {
  return (value) => (allowed.includes(value) ? null : `must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`);
}

export function matches(pattern: RegExp, what: string): Check {
  return (value) => (pattern.test(value) ? null : `must be ${what}`);
}

export function maxLength(limit: number): Check {
  return (value) => (value.length <= limit ? null : `is ${value.length} characters, the limit is ${limit}`);
}

export function decimalIn(pattern: RegExp, min: number, max: number): Check {
  return (value) => {
    if (!pattern.test(value) || value === "") return `must be a decimal number`;
    const number = Number(value);
    return number >= min && number <= max ? null : `must be between ${min} and ${max}`;
  };
}

export function all(...checks: Check[]): Check {
  return (value, context, element) => {
    for (const check of checks) {
      const problem = check(value, context, element);
      if (problem) return problem;
    }
    return null;
  };
}

const INDEX = /\.(\d+)\./g;

/** `cmi.interactions.3.objectives.0.id` -> `cmi.interactions.n.objectives.n.id`. */
export function genericName(element: string): string {
  return element.replace(INDEX, ".n.").replace(INDEX, ".n.");
}

/** The first index in an element name (`cmi.interactions.3.type` -> "3"). */
export function firstIndex(element: string): string | undefined {
  return /\.(\d+)\./.exec(element)?.[1];
}

/**
 * Checks a list of entries in order, remembering each interaction's type so response formats can be checked.
 * Returns one message per problem found.
 */
export function checkEntries(
  rules: readonly Rule[],
  entries: readonly { readonly element: string; readonly value: string }[],
): { element: string; value: string; reason: string }[] {
  const types = new Map<string, string>();
  const context: RuleContext = { interactionType: (index) => types.get(index) };
  const problems: { element: string; value: string; reason: string }[] = [];
  for (const { element, value } of entries) {
    const reason = checkOne(rules, element, value, context);
    if (reason) problems.push({ element, value, reason });
    else if (genericName(element) === "cmi.interactions.n.type") types.set(firstIndex(element) ?? "", value);
  }
  return problems;
}

export function checkOne(rules: readonly Rule[], element: string, value: string, context: RuleContext): string | null {
  const generic = genericName(element);
  const rule = rules.find((r) => r.element === generic);
  if (!rule) return `${element} is not an element this runtime writes`;
  return rule.check(value, context, element);
}

/** A number with at most `places` decimals and never in exponent form ("66.67", "100", "0.5"). */
export function decimal(value: number, places: number): string {
  return value.toFixed(places).replace(/\.?0+$/, "") || "0";
}
