import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/** `Date`: an ISO 8601 calendar date, `YYYY-MM-DD` (graphql-scalars' LocalDate, which checks that the day exists). */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: "An ISO 8601 calendar date, `YYYY-MM-DD`. A date known only to the month is that month's first day (see datePrecision).",
});

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a `YYYY-MM-DD` date that exists on the calendar. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
