import type { Course, CourseVariant } from "./types.ts";

/**
 * One variant per distinct outcome set across the course's day counts: Key Working (1-3 Days) with one
 * outcome "(2 & 3 day courses only)" gives a "1-day" variant and a "2-3-days" variant. A course whose
 * outcomes all cover every day count gives a single variant with key and label null (one package, no suffix).
 * Day counts no outcome covers give no variant: there would be nothing to teach (the importer and the
 * validator report that as an error). Each variant's course keeps only its outcomes and their questions.
 */
export function variants(course: Course): CourseVariant[] {
  const groups = groupDays(course);
  if (groups.length === 1 && groups[0]?.days.length === course.duration.days.length) {
    return [{ key: null, label: null, days: course.duration.days, course }];
  }
  return groups.map(({ days, outcomeIds }) => ({
    key: variantKey(days),
    label: variantLabel(days),
    days,
    course: {
      ...course,
      outcomes: course.outcomes.filter((o) => outcomeIds.has(o.id)),
      questions: course.questions.filter((q) => outcomeIds.has(q.outcomeId)),
    },
  }));
}

interface DayGroup {
  readonly days: number[];
  readonly outcomeIds: Set<string>;
}

/** Day counts with the same outcome ids, in the course's order of outcomes, grouped in ascending day order. */
function groupDays(course: Course): DayGroup[] {
  const byKey = new Map<string, DayGroup>();
  for (const day of [...course.duration.days].sort((a, b) => a - b)) {
    const ids = course.outcomes.filter((o) => o.days.includes(day)).map((o) => o.id);
    if (ids.length === 0) continue;
    const key = ids.join("\n");
    const group = byKey.get(key);
    if (group) group.days.push(day);
    else byKey.set(key, { days: [day], outcomeIds: new Set(ids) });
  }
  return [...byKey.values()];
}

/** [1] -> "1 day", [2] -> "2 days", [0.5] -> "Half day", [2, 3] -> "2-3 days", [1, 3] -> "1 day & 3 days". */
function variantLabel(days: readonly number[]): string {
  const range = consecutiveRange(days);
  if (range) return `${range} days`;
  return days.map((d) => (d === 0.5 ? "Half day" : d === 1 ? "1 day" : `${d} days`)).join(" & ");
}

/** The label made file-name safe: "1-day", "2-3-days", "half-day", "1-day-and-3-days". */
function variantKey(days: readonly number[]): string {
  const range = consecutiveRange(days);
  if (range) return `${range}-days`;
  return days.map((d) => (d === 0.5 ? "half-day" : d === 1 ? "1-day" : `${d}-days`)).join("-and-");
}

/** "2-3" for two or more whole day counts that follow one another, else null. */
function consecutiveRange(days: readonly number[]): string | null {
  const whole = days.every((d, i) => Number.isInteger(d) && (i === 0 || d === (days[i - 1] ?? 0) + 1));
  return days.length > 1 && whole ? `${days[0]}-${days.at(-1)}` : null;
}
