import {
  CompetitionGroup,
  EventCategory,
  EventFormat,
  EventLevel,
  FacilityStatus,
  FacilityType,
  LedgerKind,
  ProjectType,
  enumTable,
} from './enums';

// The words of ledger-spec §3, plus a few spellings clerks use for the same thing (其它, 全区).

export const eventLevelWords = enumTable<EventLevel>({
  [EventLevel.INTERNATIONAL]: ['国际', '国际级'],
  [EventLevel.NATIONAL]: ['全国', '国家级'],
  [EventLevel.PROVINCIAL]: ['省级', '全省'],
  [EventLevel.MUNICIPAL]: ['市级', '全市'],
  [EventLevel.DISTRICT]: ['区级', '县级', '区县级', '全区', '全县'],
  [EventLevel.COMMUNITY]: ['街道', '社区', '乡镇', '街道级', '社区级'],
});

export const eventCategoryWords = enumTable<EventCategory>({
  [EventCategory.MASS_FITNESS]: ['群众体育', '全民健身'],
  [EventCategory.COMPETITIVE]: ['竞技体育'],
  [EventCategory.YOUTH]: ['青少年', '青少年体育', '学校体育', '体教融合'],
  [EventCategory.ESPORTS]: ['电子竞技', '电竞'],
  [EventCategory.OTHER]: ['其他', '其它'],
});

export const eventFormatWords = enumTable<EventFormat>({
  [EventFormat.OFFLINE]: ['线下'],
  [EventFormat.ONLINE]: ['线上', '网络'],
  [EventFormat.HYBRID]: ['线上线下', '线上+线下', '线上/线下', '线上、线下'],
});

export const facilityTypeWords = enumTable<FacilityType>({
  [FacilityType.STADIUM]: ['体育场'],
  [FacilityType.GYMNASIUM]: ['体育馆', '场馆'],
  [FacilityType.FITNESS_CENTER]: ['全民健身中心'],
  [FacilityType.SPORTS_PARK]: ['体育公园'],
  [FacilityType.COMMUNITY_SPORTS_PARK]: ['社区体育园'],
  [FacilityType.POCKET_PARK]: ['口袋体育公园'],
  [FacilityType.FITNESS_GARDEN]: ['健身园', '健身路径', '健身广场'],
  [FacilityType.FITNESS_TRAIL]: ['健身步道', '步道'],
  [FacilityType.CAGE_FOOTBALL]: ['笼式足球场'],
  [FacilityType.FOOTBALL_FIELD]: ['足球场'],
  [FacilityType.BASKETBALL_COURT]: ['篮球场'],
  [FacilityType.MULTI_COURT]: ['多功能球场'],
  [FacilityType.TENNIS_COURT]: ['网球场'],
  [FacilityType.SWIMMING]: ['游泳馆', '游泳池'],
  [FacilityType.ICE_RINK]: ['冰场', '滑冰场'],
  [FacilityType.SKI_RESORT]: ['滑雪场'],
  [FacilityType.AIR_DOME]: ['气膜馆'],
  [FacilityType.TRAINING_BASE]: ['训练基地'],
  [FacilityType.OTHER]: ['其他', '其它'],
});

export const projectTypeWords = enumTable<ProjectType>({
  [ProjectType.NEW]: ['新建'],
  [ProjectType.RENOVATION]: ['改建', '改造', '提升改造', '提档升级', '提质升级'],
  [ProjectType.EXPANSION]: ['扩建', '改扩建'],
  [ProjectType.REPAIR]: ['维修', '维修改造'],
});

export const facilityStatusWords = enumTable<FacilityStatus>({
  [FacilityStatus.PLANNED]: ['规划', '计划', '拟建'],
  [FacilityStatus.UNDER_CONSTRUCTION]: ['在建', '施工', '施工中', '招投标'],
  [FacilityStatus.COMPLETED]: ['已完成', '已建成', '完工', '建成', '完成', '已完工'],
  [FacilityStatus.ACCEPTED]: ['已验收'],
  [FacilityStatus.OPEN]: ['已开放', '投入使用', '已投入使用'],
});

// A blank 组别 is the whole delegation; the sheet maps blank to ALL, these are written forms.
export const competitionGroupWords = enumTable<CompetitionGroup>({
  [CompetitionGroup.ALL]: ['全部', '不分组'],
  [CompetitionGroup.YOUTH]: ['青少年组'],
  [CompetitionGroup.ADULT]: ['成人组', '公开组'],
  [CompetitionGroup.MASS]: ['群众组'],
  [CompetitionGroup.DISABLED]: ['残疾人组'],
  [CompetitionGroup.WORKERS]: ['职工组'],
});

export const ledgerKindWords = enumTable<LedgerKind>({
  [LedgerKind.EVENTS]: ['赛事活动', '赛事', '活动'],
  [LedgerKind.FACILITIES]: ['场地设施', '场地', '设施'],
  [LedgerKind.RESULTS]: ['竞赛成绩', '成绩'],
  [LedgerKind.INDICATORS]: ['工作指标', '指标'],
});
