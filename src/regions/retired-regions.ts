/** A division that no longer exists under this code or name, and the one that took its place. */
export interface RetiredRegion {
  /** The six-digit code it had. */
  code: string;
  /** The name it had. */
  name: string;
  /** The current division that succeeded it (a district for a county, a city for a prefecture). */
  successorCode: string;
  /** The year the change took effect; ledgers of earlier years still use the old name. */
  until: number;
}

/**
 * Well-known changes since about 2015, from the Ministry of Civil Affairs' annual lists of
 * county-level and higher changes (县级以上行政区划变更情况) and the GB/T 2260 code tables of the
 * years around them. Only changes with one clear successor are listed; splits are not.
 * Adding one is one line: { code, name, successorCode, until }.
 */
export const RETIRED_REGIONS: readonly RetiredRegion[] = [
  { code: '110228', name: '密云县', successorCode: '110118', until: 2015 },
  { code: '110229', name: '延庆县', successorCode: '110119', until: 2015 },
  { code: '120221', name: '宁河县', successorCode: '120117', until: 2015 },
  { code: '120223', name: '静海县', successorCode: '120118', until: 2015 },
  { code: '120225', name: '蓟县', successorCode: '120119', until: 2016 },
  { code: '130124', name: '栾城县', successorCode: '130111', until: 2014 },
  { code: '130223', name: '滦县', successorCode: '130284', until: 2018 },
  { code: '130323', name: '抚宁县', successorCode: '130306', until: 2015 },
  { code: '130621', name: '满城县', successorCode: '130607', until: 2015 },
  { code: '130622', name: '清苑县', successorCode: '130608', until: 2015 },
  { code: '130625', name: '徐水县', successorCode: '130609', until: 2015 },
  { code: '130729', name: '万全县', successorCode: '130708', until: 2016 },
  { code: '130733', name: '崇礼县', successorCode: '130709', until: 2016 },
  { code: '130823', name: '平泉县', successorCode: '130881', until: 2017 },
  { code: '140227', name: '大同县', successorCode: '140215', until: 2018 },
  { code: '140421', name: '长治县', successorCode: '140404', until: 2018 },
  { code: '140424', name: '屯留县', successorCode: '140405', until: 2018 },
  { code: '140481', name: '潞城市', successorCode: '140406', until: 2018 },
  { code: '140726', name: '太谷县', successorCode: '140703', until: 2019 },
  { code: '310230', name: '崇明县', successorCode: '310151', until: 2016 },
  { code: '320482', name: '金坛市', successorCode: '320413', until: 2015 },
  { code: '320602', name: '崇川区', successorCode: '320613', until: 2020 },
  { code: '320611', name: '港闸区', successorCode: '320613', until: 2020 },
  { code: '320621', name: '海安县', successorCode: '320685', until: 2018 },
  { code: '320684', name: '海门市', successorCode: '320614', until: 2020 },
  { code: '320829', name: '洪泽县', successorCode: '320813', until: 2016 },
  { code: '320982', name: '大丰市', successorCode: '320904', until: 2015 },
  { code: '330183', name: '富阳市', successorCode: '330111', until: 2014 },
  { code: '330185', name: '临安市', successorCode: '330112', until: 2017 },
  { code: '370125', name: '济阳县', successorCode: '370115', until: 2018 },
  { code: '370181', name: '章丘市', successorCode: '370114', until: 2016 },
  { code: '370282', name: '即墨市', successorCode: '370215', until: 2017 },
  { code: '370521', name: '垦利县', successorCode: '370505', until: 2016 },
  { code: '370634', name: '长岛县', successorCode: '370614', until: 2020 },
  { code: '370684', name: '蓬莱市', successorCode: '370614', until: 2020 },
  { code: '371200', name: '莱芜市', successorCode: '370100', until: 2019 },
  { code: '371202', name: '莱城区', successorCode: '370116', until: 2019 },
  { code: '371203', name: '钢城区', successorCode: '370117', until: 2019 },
  { code: '371523', name: '茌平县', successorCode: '371503', until: 2019 },
  { code: '371727', name: '定陶县', successorCode: '371703', until: 2016 },
  { code: '469003', name: '儋州市', successorCode: '460400', until: 2015 },
  { code: '500223', name: '潼南县', successorCode: '500152', until: 2015 },
  { code: '500226', name: '荣昌县', successorCode: '500153', until: 2015 },
  { code: '500228', name: '梁平县', successorCode: '500155', until: 2016 },
  { code: '500232', name: '武隆县', successorCode: '500156', until: 2016 },
  { code: '500234', name: '开县', successorCode: '500154', until: 2016 },
  { code: '510122', name: '双流县', successorCode: '510116', until: 2015 },
  { code: '510124', name: '郫县', successorCode: '510117', until: 2016 },
  { code: '510132', name: '新津县', successorCode: '510118', until: 2020 },
  { code: '512081', name: '简阳市', successorCode: '510185', until: 2016 },
  { code: '542200', name: '山南地区', successorCode: '540500', until: 2016 },
  { code: '542400', name: '那曲地区', successorCode: '540600', until: 2017 },
  { code: '542600', name: '林芝地区', successorCode: '540400', until: 2015 },
  { code: '652100', name: '吐鲁番地区', successorCode: '650400', until: 2015 },
  { code: '652101', name: '吐鲁番市', successorCode: '650402', until: 2015 },
  { code: '652200', name: '哈密地区', successorCode: '650500', until: 2016 },
  { code: '652201', name: '哈密市', successorCode: '650502', until: 2016 },
];
