/**
 * Day of the week of a maintenance window.
 * @see https://learn.microsoft.com/azure/aks/planned-maintenance
 */
export enum DayOfWeek {
  /** Monday. */
  MONDAY = 'Monday',
  /** Tuesday. */
  TUESDAY = 'Tuesday',
  /** Wednesday. */
  WEDNESDAY = 'Wednesday',
  /** Thursday. */
  THURSDAY = 'Thursday',
  /** Friday. */
  FRIDAY = 'Friday',
  /** Saturday. */
  SATURDAY = 'Saturday',
  /** Sunday. */
  SUNDAY = 'Sunday',
}

/** Which occurrence of a weekday in the month a monthly window uses (`week_index`). */
export enum WeekIndex {
  /** The first such weekday of the month. */
  FIRST = 'First',
  /** The second. */
  SECOND = 'Second',
  /** The third. */
  THIRD = 'Third',
  /** The fourth. */
  FOURTH = 'Fourth',
  /** The last such weekday of the month. */
  LAST = 'Last',
}

/** Recurrence of a maintenance window (`frequency`). */
export enum MaintenanceFrequency {
  /** Every `interval` days (node OS channel only). */
  DAILY = 'Daily',
  /** Every `interval` weeks on a weekday. */
  WEEKLY = 'Weekly',
  /** Every `interval` months on a day of the month. */
  ABSOLUTE_MONTHLY = 'AbsoluteMonthly',
  /** Every `interval` months on the n-th weekday. */
  RELATIVE_MONTHLY = 'RelativeMonthly',
}

/** Dates on which no maintenance may start (a `not_allowed` block), in the window's UTC offset. */
export interface MaintenanceBlackout {
  /** First blocked day, "YYYY-MM-DD". */
  readonly start: string;
  /** Last blocked day, "YYYY-MM-DD" (the same as `start` or later). */
  readonly end: string;
}

/** When a window opens and how long it stays open; shared by every recurrence. */
export interface MaintenanceWindowTiming {
  /** Start time of the window, "HH:mm" (24 hours, in `utcOffset`). */
  readonly startTime: string;
  /** Length of the window in whole hours, 4 to 24. */
  readonly durationHours: number;
  /**
   * Time zone of `startTime`, `startDate` and `notAllowed`, "+HH:mm" or "-HH:mm".
   * @default "+00:00" (UTC; written out so that a second plan stays empty)
   */
  readonly utcOffset?: string;
  /**
   * First day the window applies, "YYYY-MM-DD".
   * @default - the window applies right away
   */
  readonly startDate?: string;
  /**
   * Date ranges with no maintenance (e.g. a release freeze).
   * @default - none
   */
  readonly notAllowed?: MaintenanceBlackout[];
}

/** A window every `intervalDays` days. */
export interface DailyMaintenanceOptions extends MaintenanceWindowTiming {
  /**
   * Days between windows, 1 to 7.
   * @default 1
   */
  readonly intervalDays?: number;
}

/** A window every `intervalWeeks` weeks on one weekday. */
export interface WeeklyMaintenanceOptions extends MaintenanceWindowTiming {
  /** Weekday of the window. */
  readonly dayOfWeek: DayOfWeek;
  /**
   * Weeks between windows, 1 to 4.
   * @default 1
   */
  readonly intervalWeeks?: number;
}

/** A window every `intervalMonths` months on a day of the month. */
export interface MonthlyOnDayMaintenanceOptions extends MaintenanceWindowTiming {
  /** Day of the month, 1 to 31 (months without that day are skipped by AKS). */
  readonly dayOfMonth: number;
  /**
   * Months between windows, 1 to 6.
   * @default 1
   */
  readonly intervalMonths?: number;
}

/** A window every `intervalMonths` months on the n-th weekday (e.g. the first Sunday). */
export interface MonthlyOnWeekdayMaintenanceOptions extends MaintenanceWindowTiming {
  /** Which occurrence of the weekday. */
  readonly weekIndex: WeekIndex;
  /** The weekday. */
  readonly dayOfWeek: DayOfWeek;
  /**
   * Months between windows, 1 to 6.
   * @default 1
   */
  readonly intervalMonths?: number;
}

/**
 * A planned maintenance window for the cluster auto-upgrade or the node OS upgrade channel
 * (`maintenance_window_auto_upgrade` / `maintenance_window_node_os`). The cluster validates it when it is
 * constructed. AKS treats a window as best effort and may still run urgent maintenance outside it.
 * @see https://learn.microsoft.com/azure/aks/planned-maintenance
 */
export class MaintenanceWindow {
  /** Every `intervalDays` days (node OS channel only: AKS and azurerm refuse Daily for the auto-upgrade channel). */
  public static daily(options: DailyMaintenanceOptions): MaintenanceWindow {
    return new MaintenanceWindow(MaintenanceFrequency.DAILY, options.intervalDays ?? 1, options);
  }

  /** Every `intervalWeeks` weeks on `dayOfWeek`. */
  public static weekly(options: WeeklyMaintenanceOptions): MaintenanceWindow {
    return new MaintenanceWindow(MaintenanceFrequency.WEEKLY, options.intervalWeeks ?? 1, options, options.dayOfWeek);
  }

  /** Every `intervalMonths` months on `dayOfMonth`. */
  public static monthlyOnDay(options: MonthlyOnDayMaintenanceOptions): MaintenanceWindow {
    return new MaintenanceWindow(MaintenanceFrequency.ABSOLUTE_MONTHLY, options.intervalMonths ?? 1, options, undefined, options.dayOfMonth);
  }

  /** Every `intervalMonths` months on the `weekIndex`-th `dayOfWeek`. */
  public static monthlyOnWeekday(options: MonthlyOnWeekdayMaintenanceOptions): MaintenanceWindow {
    const interval = options.intervalMonths ?? 1;
    return new MaintenanceWindow(MaintenanceFrequency.RELATIVE_MONTHLY, interval, options, options.dayOfWeek, undefined, options.weekIndex);
  }

  /** Start time, "HH:mm". */
  public readonly startTime: string;
  /** Length in hours. */
  public readonly durationHours: number;
  /** UTC offset, "+HH:mm" / "-HH:mm". */
  public readonly utcOffset: string;
  /**
   * First day, "YYYY-MM-DD".
   * @default - right away
   */
  public readonly startDate?: string;
  /** Blocked date ranges. */
  public readonly notAllowed: MaintenanceBlackout[];
  /**
   * Weekday (weekly and monthly-on-weekday windows).
   * @default - none
   */
  public readonly dayOfWeek?: DayOfWeek;
  /**
   * Day of the month (monthly-on-day windows).
   * @default - none
   */
  public readonly dayOfMonth?: number;
  /**
   * Occurrence of the weekday (monthly-on-weekday windows).
   * @default - none
   */
  public readonly weekIndex?: WeekIndex;

  private constructor(
    /** Recurrence. */
    public readonly frequency: MaintenanceFrequency,
    /** Days, weeks or months between windows, by `frequency`. */
    public readonly interval: number,
    timing: MaintenanceWindowTiming,
    dayOfWeek?: DayOfWeek,
    dayOfMonth?: number,
    weekIndex?: WeekIndex,
  ) {
    this.startTime = timing.startTime;
    this.durationHours = timing.durationHours;
    this.utcOffset = timing.utcOffset ?? '+00:00';
    this.startDate = timing.startDate;
    this.notAllowed = [...(timing.notAllowed ?? [])];
    this.dayOfWeek = dayOfWeek;
    this.dayOfMonth = dayOfMonth;
    this.weekIndex = weekIndex;
  }
}
