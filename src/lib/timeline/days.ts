/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings. Days are Hong Kong
 * calendar days; computing in UTC keeps them free of the reader's time zone.
 */

const MS_PER_DAY = 86_400_000;

export function dayToNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY);
}

export function numberToDay(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return numberToDay(dayToNumber(day) + n);
}

export function daysBetween(from: string, to: string): number {
  return dayToNumber(to) - dayToNumber(from);
}

export function clampDay(day: string, first: string, last: string): string {
  return day < first ? first : day > last ? last : day;
}
