import { AnnotationMetadataEntryType } from 'cdktf';
import {
  AutomaticUpgradeChannel,
  DayOfWeek,
  MaintenanceWindow,
  NetworkIsolatedCluster,
  NetworkIsolatedClusterProps,
  NodeOsUpgradeChannel,
  WeekIndex,
} from '../../src';
import { newStack, onlyResource, RG, synth } from '../helpers';

const DOC = 'https://learn\\.microsoft\\.com/azure/aks/planned-maintenance';

function build(props: Partial<NetworkIsolatedClusterProps> = {}) {
  const stack = newStack();
  const cluster = new NetworkIsolatedCluster(stack, 'Aks', { ...RG, ...props });
  const warnings = () => cluster.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
  return { stack, cluster, warnings };
}

const clusterJson = (props: Partial<NetworkIsolatedClusterProps>) => onlyResource(synth(build(props).stack), 'azurerm_kubernetes_cluster');
const weekly = (extra: object = {}) =>
  MaintenanceWindow.weekly({ dayOfWeek: DayOfWeek.SUNDAY, startTime: '02:00', durationHours: 4, utcOffset: '+01:00', ...extra });

describe('maintenance windows: defaults', () => {
  test('no window by default: AKS schedules both channels itself', () => {
    const cluster = clusterJson({});
    expect(cluster.maintenance_window_auto_upgrade).toBeUndefined();
    expect(cluster.maintenance_window_node_os).toBeUndefined();
  });
});

describe('maintenance windows: synthesized fields', () => {
  // GIVEN a weekly node OS window with every optional field, WHEN synthesized, THEN each field is written out.
  const nodeOs = clusterJson({
    nodeOsMaintenanceWindow: weekly({ intervalWeeks: 2, startDate: '2027-01-03', notAllowed: [{ start: '2027-12-20', end: '2028-01-02' }] }),
  }).maintenance_window_node_os;

  test('frequency', () => expect(nodeOs.frequency).toBe('Weekly'));
  test('interval', () => expect(nodeOs.interval).toBe(2));
  test('duration', () => expect(nodeOs.duration).toBe(4));
  test('day_of_week', () => expect(nodeOs.day_of_week).toBe('Sunday'));
  test('start_time', () => expect(nodeOs.start_time).toBe('02:00'));
  test('utc_offset', () => expect(nodeOs.utc_offset).toBe('+01:00'));
  test('start_date as an RFC 3339 timestamp (what azurerm validates)', () => expect(nodeOs.start_date).toBe('2027-01-03T00:00:00Z'));
  test('not_allowed', () => expect(nodeOs.not_allowed).toEqual([{ start: '2027-12-20T00:00:00Z', end: '2028-01-02T00:00:00Z' }]));
  test('a weekly window sets no day_of_month or week_index', () => {
    expect(nodeOs.day_of_month).toBeUndefined();
    expect(nodeOs.week_index).toBeUndefined();
  });

  test('utc_offset is written out as +00:00 when omitted (no drift on the second plan)', () => {
    const window = MaintenanceWindow.weekly({ dayOfWeek: DayOfWeek.MONDAY, startTime: '01:00', durationHours: 5 });
    expect(clusterJson({ nodeOsMaintenanceWindow: window }).maintenance_window_node_os.utc_offset).toBe('+00:00');
  });

  test('interval defaults to 1', () => {
    const window = MaintenanceWindow.daily({ startTime: '01:00', durationHours: 6 });
    expect(clusterJson({ nodeOsMaintenanceWindow: window }).maintenance_window_node_os).toMatchObject({ frequency: 'Daily', interval: 1 });
  });

  test('monthlyOnDay: AbsoluteMonthly with day_of_month, on the auto-upgrade channel', () => {
    const window = MaintenanceWindow.monthlyOnDay({ dayOfMonth: 15, intervalMonths: 3, startTime: '22:30', durationHours: 8 });
    expect(clusterJson({ autoUpgradeMaintenanceWindow: window }).maintenance_window_auto_upgrade).toMatchObject({
      frequency: 'AbsoluteMonthly',
      interval: 3,
      day_of_month: 15,
      duration: 8,
      start_time: '22:30',
    });
  });

  test('monthlyOnWeekday: RelativeMonthly with week_index and day_of_week', () => {
    const window = MaintenanceWindow.monthlyOnWeekday({ weekIndex: WeekIndex.LAST, dayOfWeek: DayOfWeek.SATURDAY, startTime: '00:00', durationHours: 24 });
    expect(clusterJson({ autoUpgradeMaintenanceWindow: window }).maintenance_window_auto_upgrade).toMatchObject({
      frequency: 'RelativeMonthly',
      interval: 1,
      week_index: 'Last',
      day_of_week: 'Saturday',
    });
  });

  test('each channel gets its own window', () => {
    const cluster = clusterJson({ autoUpgradeMaintenanceWindow: weekly({ dayOfWeek: DayOfWeek.SATURDAY }), nodeOsMaintenanceWindow: weekly() });
    expect(cluster.maintenance_window_auto_upgrade.day_of_week).toBe('Saturday');
    expect(cluster.maintenance_window_node_os.day_of_week).toBe('Sunday');
  });
});

describe('maintenance windows: one message per rule', () => {
  test('a daily auto-upgrade window', () => {
    expect(() => build({ autoUpgradeMaintenanceWindow: MaintenanceWindow.daily({ startTime: '02:00', durationHours: 4 }) })).toThrow(
      new RegExp(`^test/Aks: autoUpgradeMaintenanceWindow "Daily" is not a recurrence the cluster auto-upgrade channel accepts.*Allowed: MaintenanceWindow.weekly\\(\\), .monthlyOnDay\\(\\) or .monthlyOnWeekday\\(\\).*${DOC}`),
    );
  });

  test('an interval out of range for the recurrence', () => {
    expect(() => build({ nodeOsMaintenanceWindow: weekly({ intervalWeeks: 5 }) })).toThrow(
      new RegExp(`test/Aks: nodeOsMaintenanceWindow.intervalWeeks 5 is not a valid number of weeks between Weekly windows. Allowed: an integer from 1 to 4.*${DOC}`),
    );
  });

  test('a window shorter than 4 hours', () => {
    expect(() => build({ nodeOsMaintenanceWindow: weekly({ durationHours: 3 }) })).toThrow(
      new RegExp(`test/Aks: nodeOsMaintenanceWindow.durationHours 3 is not a valid window length. Allowed: whole hours from 4 to 24.*${DOC}`),
    );
  });

  test('a start time that is not HH:mm', () => {
    expect(() => build({ nodeOsMaintenanceWindow: weekly({ startTime: '2am' }) })).toThrow(
      new RegExp(`test/Aks: nodeOsMaintenanceWindow.startTime "2am" is not a time of day. Allowed: "HH:mm" from "00:00" to "23:59".*${DOC}`),
    );
  });

  test('a UTC offset without a sign', () => {
    expect(() => build({ nodeOsMaintenanceWindow: weekly({ utcOffset: '05:30' }) })).toThrow(
      new RegExp(`test/Aks: nodeOsMaintenanceWindow.utcOffset "05:30" is not a UTC offset. Allowed: "\\+HH:mm" or "-HH:mm".*${DOC}`),
    );
  });

  test('a day of the month out of range', () => {
    const window = MaintenanceWindow.monthlyOnDay({ dayOfMonth: 32, startTime: '02:00', durationHours: 4 });
    expect(() => build({ autoUpgradeMaintenanceWindow: window })).toThrow(
      new RegExp(`test/Aks: autoUpgradeMaintenanceWindow.dayOfMonth 32 is not a day of the month. Allowed: an integer from 1 to 31.*${DOC}`),
    );
  });

  test('a start date that is not a calendar date', () => {
    expect(() => build({ nodeOsMaintenanceWindow: weekly({ startDate: '2027-02-30' }) })).toThrow(
      new RegExp(`test/Aks: nodeOsMaintenanceWindow.startDate "2027-02-30" is not a date. Allowed: "YYYY-MM-DD".*${DOC}`),
    );
  });

  test('a blocked range with a bad date', () => {
    expect(() => build({ nodeOsMaintenanceWindow: weekly({ notAllowed: [{ start: '2027-12-20', end: '20280102' }] }) })).toThrow(
      new RegExp(`test/Aks: nodeOsMaintenanceWindow.notAllowed\\[0\\].end "20280102" is not a date.*${DOC}`),
    );
  });

  test('a blocked range that ends before it starts', () => {
    expect(() => build({ nodeOsMaintenanceWindow: weekly({ notAllowed: [{ start: '2028-01-02', end: '2027-12-20' }] }) })).toThrow(
      new RegExp(`test/Aks: nodeOsMaintenanceWindow.notAllowed\\[0\\] "2028-01-02..2027-12-20" ends before it starts. Allowed: end on or after start.*${DOC}`),
    );
  });

  test('a window for a channel that is off warns', () => {
    const { warnings } = build({ nodeOsUpgradeChannel: NodeOsUpgradeChannel.NONE, nodeOsMaintenanceWindow: weekly() });
    expect(warnings()).toEqual([expect.stringMatching(new RegExp(`^nodeOsMaintenanceWindow is set but nodeOsUpgradeChannel is none, so the window schedules nothing.*${DOC}`))]);
    const auto = build({ automaticUpgradeChannel: AutomaticUpgradeChannel.NONE, autoUpgradeMaintenanceWindow: weekly() });
    expect(auto.warnings()).toEqual([expect.stringMatching(/^autoUpgradeMaintenanceWindow is set but automaticUpgradeChannel is none/)]);
  });

  test('a window on a running channel does not warn', () => {
    expect(build({ nodeOsMaintenanceWindow: weekly(), autoUpgradeMaintenanceWindow: weekly() }).warnings()).toEqual([]);
  });
});
