/**
 * The indicator catalog of ledger-spec §2. Adding a metric is one entry here; `scale` converts
 * a unit a clerk may write into the stored unit.
 */
export interface MetricDefinition {
  key: string;
  name: string;
  unit: string;
  aliases: string[];
  additive: boolean;
  units?: Record<string, number>;
}

export const METRIC_CATALOG: readonly MetricDefinition[] = [
  {
    key: 'POPULATION',
    name: '常住人口',
    unit: '人',
    aliases: ['人口', '常住人口数'],
    additive: true,
    units: { 人: 1, 万人: 10000 },
  },
  {
    key: 'VENUE_AREA',
    name: '体育场地面积',
    unit: 'm²',
    aliases: ['场地面积'],
    additive: true,
    units: { 平方米: 1, m2: 1, 'm²': 1, 万平方米: 10000 },
  },
  {
    key: 'SPORTS_ASSOCIATIONS',
    name: '单项体育协会',
    unit: '个',
    aliases: ['单项体育协会数', '体育协会'],
    additive: true,
  },
  {
    key: 'COMMUNITY_FITNESS_CLUBS',
    name: '社区健身会',
    unit: '个',
    aliases: ['社区健身会数'],
    additive: true,
  },
  { key: 'COMMUNITIES', name: '社区数', unit: '个', aliases: ['社区'], additive: true },
  {
    key: 'EQUIPMENT_INSPECTED',
    name: '健身器材巡检',
    unit: '件',
    aliases: ['巡检健身器材', '健身器材巡检数'],
    additive: true,
  },
  {
    key: 'EQUIPMENT_REPAIRED',
    name: '健身器材维修',
    unit: '件',
    aliases: ['维修健身器材', '健身器材维修数'],
    additive: true,
  },
  {
    key: 'LEVEL2_ATHLETES',
    name: '二级运动员',
    unit: '人次',
    aliases: ['申报二级运动员', '二级运动员人数'],
    additive: true,
  },
  {
    key: 'FITNESS_ACTIVITIES',
    name: '全民健身活动场次',
    unit: '场',
    aliases: ['健身活动', '全民健身活动'],
    additive: true,
  },
  {
    key: 'SOCIAL_SPORTS_INSTRUCTORS',
    name: '社会体育指导员',
    unit: '人',
    aliases: ['社会体育指导员人数'],
    additive: true,
  },
  {
    key: 'REGULAR_EXERCISE_RATE',
    name: '经常参加体育锻炼人数比例',
    unit: '%',
    aliases: ['经常参加体育锻炼人口比例'],
    additive: false,
  },
  { key: 'PETITION_VISITS', name: '信访接待', unit: '次', aliases: ['信访接待数'], additive: true },
  {
    key: 'HOTLINE_CASES',
    name: '12345热线',
    unit: '件',
    aliases: ['热线办理', '12345热线办理'],
    additive: true,
  },
];
