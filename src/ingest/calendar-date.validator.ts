import { registerDecorator, ValidationOptions } from 'class-validator';
import { isCalendarDate } from '../common/date.scalar';

/** class-validator: the value is a `YYYY-MM-DD` date that exists (2023-02-30 does not). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a calendar date YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}
