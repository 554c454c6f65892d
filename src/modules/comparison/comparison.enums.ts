import { registerEnumType } from 'type-graphql';

// The enumerations of the comparison queries' arguments.

export enum Normalization {
  NONE = 'NONE',
  PER_10K_RESIDENTS = 'PER_10K_RESIDENTS',
}

export enum FacilityDimension {
  REGION = 'REGION',
  YEAR = 'YEAR',
  TYPE = 'TYPE',
  STATUS = 'STATUS',
  PROJECT_TYPE = 'PROJECT_TYPE',
}

export enum EventDimension {
  REGION = 'REGION',
  YEAR = 'YEAR',
  CATEGORY = 'CATEGORY',
  LEVEL = 'LEVEL',
  SPORT = 'SPORT',
  FORMAT = 'FORMAT',
}

registerEnumType(Normalization, {
  name: 'Normalization',
  description: 'How compared values are scaled.',
  valuesConfig: {
    NONE: { description: 'As reported.' },
    PER_10K_RESIDENTS: {
      description:
        'Per 10,000 residents, by the POPULATION indicator of that region and year; additive metrics only: a rate keeps its value, with a note.',
    },
  },
});
registerEnumType(FacilityDimension, {
  name: 'FacilityDimension',
  description: 'What facility totals are grouped by.',
});
registerEnumType(EventDimension, {
  name: 'EventDimension',
  description: 'What event totals are grouped by.',
});
