import { regionLabelFields } from '../region/region-labels';
import { ComparisonRow } from './comparison.types';
import { MedalRow } from './medal-table.types';
import { EventGroup, FacilityGroup } from './summary.types';

// Flat, labelled region columns on every analytic row, for connectors that read one level.
export const ComparisonRowRegionFields = regionLabelFields(ComparisonRow, (r) => r.regionCode);
export const FacilityGroupRegionFields = regionLabelFields(FacilityGroup, (r) => r.regionCode);
export const EventGroupRegionFields = regionLabelFields(EventGroup, (r) => r.regionCode);
export const MedalRowRegionFields = regionLabelFields(MedalRow, (r) => r.regionCode);
