import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { invalidProp, isUnresolved } from '../internal/validation';
import { MaintenanceFrequency, MaintenanceWindow } from './maintenance-window';

/** Where AKS documents planned maintenance windows (in every message). */
export const PLANNED_MAINTENANCE_DOC = 'https://learn.microsoft.com/azure/aks/planned-maintenance';

/** Which channel a window schedules (internal). */
export enum MaintenanceChannel {
  /** `maintenance_window_auto_upgrade` (aksManagedAutoUpgradeSchedule). */
  AUTO_UPGRADE = 'autoUpgrade',
  /** `maintenance_window_node_os` (aksManagedNodeOSUpgradeSchedule). */
  NODE_OS = 'nodeOs',
}

/** Interval bounds of the AKS maintenance schedule API, by recurrence (internal). */
const INTERVAL_RANGE: { [f in MaintenanceFrequency]: { max: number; unit: string } } = {
  [MaintenanceFrequency.DAILY]: { max: 7, unit: 'days' },
  [MaintenanceFrequency.WEEKLY]: { max: 4, unit: 'weeks' },
  [MaintenanceFrequency.ABSOLUTE_MONTHLY]: { max: 6, unit: 'months' },
  [MaintenanceFrequency.RELATIVE_MONTHLY]: { max: 6, unit: 'months' },
};

/** The attributes of `maintenance_window_auto_upgrade` / `maintenance_window_node_os` (internal). */
export interface MaintenanceWindowAttributes {
  readonly frequency: string;
  readonly interval: number;
  readonly duration: number;
  readonly dayOfWeek?: string;
  readonly dayOfMonth?: number;
  readonly weekIndex?: string;
  readonly startTime: string;
  readonly utcOffset: string;
  readonly startDate?: string;
  readonly notAllowed?: Array<{ start: string; end: string }>;
}

/**
 * Validates a window for one channel (one message per rule, unresolved tokens skipped) and returns its
 * attributes; warns when the channel it schedules is off (internal).
 */
export function resolveMaintenanceWindow(
  scope: Construct,
  prop: string,
  window: MaintenanceWindow | undefined,
  channel: MaintenanceChannel,
  channelOff: boolean,
): MaintenanceWindowAttributes | undefined {
  if (!window) return undefined;
  const fail = (field: string, value: unknown, problem: string, allowed: string, fix: string) =>
    invalidProp(scope, { prop: `${prop}${field}`, value, problem, allowed, fix: `${fix} (see ${PLANNED_MAINTENANCE_DOC})` });

  if (channel === MaintenanceChannel.AUTO_UPGRADE && window.frequency === MaintenanceFrequency.DAILY) {
    throw fail('', 'Daily', 'is not a recurrence the cluster auto-upgrade channel accepts (AKS and azurerm refuse Daily there)',
      'MaintenanceWindow.weekly(), .monthlyOnDay() or .monthlyOnWeekday()', 'use a weekly or monthly window for autoUpgradeMaintenanceWindow');
  }
  const range = INTERVAL_RANGE[window.frequency];
  if (!isUnresolved(window.interval) && !isIntegerIn(window.interval, 1, range.max)) {
    throw fail(`.interval${capitalize(range.unit)}`, window.interval, `is not a valid number of ${range.unit} between ${window.frequency} windows`,
      `an integer from 1 to ${range.max}`, `set interval${capitalize(range.unit)} from 1 to ${range.max}, or omit it for 1`);
  }
  if (!isUnresolved(window.durationHours) && !isIntegerIn(window.durationHours, 4, 24)) {
    throw fail('.durationHours', window.durationHours, 'is not a valid window length', 'whole hours from 4 to 24',
      'give the window at least 4 hours (AKS needs 4 to upgrade reliably) and at most 24');
  }
  if (!isUnresolved(window.startTime) && !/^([01]\d|2[0-3]):[0-5]\d$/.test(window.startTime)) {
    throw fail('.startTime', window.startTime, 'is not a time of day', '"HH:mm" from "00:00" to "23:59"', 'write the start time as e.g. "02:00"');
  }
  if (!isUnresolved(window.utcOffset) && !/^[+-](0\d|1[0-4]):[0-5]\d$/.test(window.utcOffset)) {
    throw fail('.utcOffset', window.utcOffset, 'is not a UTC offset', '"+HH:mm" or "-HH:mm" from "-14:00" to "+14:00", e.g. "+00:00", "+05:30", "-07:00"',
      'write the offset with its sign, or omit utcOffset for "+00:00"');
  }
  if (window.dayOfMonth !== undefined && !isUnresolved(window.dayOfMonth) && !isIntegerIn(window.dayOfMonth, 1, 31)) {
    throw fail('.dayOfMonth', window.dayOfMonth, 'is not a day of the month', 'an integer from 1 to 31', 'correct dayOfMonth (months without that day are skipped)');
  }
  if (window.startDate !== undefined && !isUnresolved(window.startDate) && !isDate(window.startDate)) {
    throw fail('.startDate', window.startDate, 'is not a date', '"YYYY-MM-DD", a real calendar date', 'write the date as e.g. "2027-01-04", or omit startDate to apply the window right away');
  }
  window.notAllowed.forEach((span, i) => {
    for (const [end, value] of [['start', span.start], ['end', span.end]] as const) {
      if (!isUnresolved(value) && !isDate(value)) {
        throw fail(`.notAllowed[${i}].${end}`, value, 'is not a date', '"YYYY-MM-DD", a real calendar date', 'write both ends of the blocked range as dates, e.g. { start: "2027-12-20", end: "2028-01-03" }');
      }
    }
    if (!isUnresolved(span.start) && !isUnresolved(span.end) && span.end < span.start) {
      throw fail(`.notAllowed[${i}]`, `${span.start}..${span.end}`, 'ends before it starts', 'end on or after start', 'swap start and end');
    }
  });

  if (channelOff) {
    const channelProp = channel === MaintenanceChannel.AUTO_UPGRADE ? 'automaticUpgradeChannel' : 'nodeOsUpgradeChannel';
    Annotations.of(scope).addWarning(
      `${prop} is set but ${channelProp} is none, so the window schedules nothing. Fix: remove ${prop}, or choose an upgrade channel (see ${PLANNED_MAINTENANCE_DOC}).`,
    );
  }
  return {
    frequency: window.frequency,
    interval: window.interval,
    duration: window.durationHours,
    dayOfWeek: window.dayOfWeek,
    dayOfMonth: window.dayOfMonth,
    weekIndex: window.weekIndex,
    startTime: window.startTime,
    utcOffset: window.utcOffset,
    // azurerm validates these as RFC 3339 timestamps; the API takes the date (midnight in utcOffset).
    startDate: window.startDate === undefined ? undefined : rfc3339(window.startDate),
    notAllowed: window.notAllowed.length === 0 ? undefined : window.notAllowed.map((s) => ({ start: rfc3339(s.start), end: rfc3339(s.end) })),
  };
}

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** A real calendar date "YYYY-MM-DD" (no 2027-02-30). */
function isDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

function rfc3339(date: string): string {
  return isUnresolved(date) ? date : `${date}T00:00:00Z`;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
