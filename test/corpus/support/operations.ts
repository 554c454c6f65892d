import { parse } from 'graphql';

// The corpus asks for the whole public contract (the names in schema/schema.graphql),
// including fields the schema gains with this issue. Documents are pruned to the running schema
// (schema-fit.ts), so a field not there yet fails only the entries that expect it, by name.
// They are not under codegen: a .graphql file naming fields the SDL lacks would break every
// engineer's `npm run codegen` until those fields land.

export const IMPORT_LEDGER = parse(/* GraphQL */ `
  mutation CorpusImportLedger(
    $file: Upload!
    $region: ID
    $year: Int
    $columnMap: [ColumnMappingInput!]
  ) {
    importLedger(file: $file, region: $region, year: $year, columnMap: $columnMap) {
      id
      status
      year
      region {
        code
      }
      rowsImported
      sheets {
        name
        kind
        skippedReason
        headerRow
        rowsRead
        rowsImported
        columns {
          header
          column
          field
          unit
          ignoredReason
        }
      }
      errors {
        sheet
        row
        column
        header
        value
        code
        message
      }
      warnings {
        sheet
        row
        column
        header
        value
        code
        message
      }
      columnMappings {
        sheet
        header
        field
        source
      }
    }
  }
`);

export const FACILITIES = parse(/* GraphQL */ `
  query CorpusFacilities($filter: FacilityFilter) {
    facilities(filter: $filter, first: 1000) {
      nodes {
        name
        year
        region {
          code
        }
        type
        projectType
        status
        quantity
        investmentYuan
        areaM2
        lengthKm
        completedOn
        completedOnPrecision
        fundingSource
        address
        notes
        approximateFields
        source {
          batch {
            id
          }
          sheet
          row
        }
      }
    }
  }
`);

export const EVENTS = parse(/* GraphQL */ `
  query CorpusEvents($filter: EventFilter) {
    events(filter: $filter, first: 1000) {
      nodes {
        name
        year
        region {
          code
        }
        startDate
        endDate
        datePrecision
        level
        category
        sport
        format
        organizer
        participants
        teams
        notes
        approximateFields
        source {
          batch {
            id
          }
          sheet
          row
        }
      }
    }
  }
`);

export const RESULTS = parse(/* GraphQL */ `
  query CorpusResults($filter: ResultFilter) {
    results(filter: $filter, first: 1000) {
      nodes {
        competition {
          name
        }
        region {
          code
        }
        year
        group
        sport
        athletes
        gold
        silver
        bronze
        medals
        points
        medalRank
        goldRank
        pointsRank
        placement
        honors
        notes
        startDate
        endDate
        datePrecision
        approximateFields
        source {
          batch {
            id
          }
          sheet
          row
        }
      }
    }
  }
`);

export const INDICATORS = parse(/* GraphQL */ `
  query CorpusIndicators($filter: IndicatorFilter) {
    indicators(filter: $filter, first: 1000) {
      nodes {
        region {
          code
        }
        year
        metric {
          key
        }
        value
        approximate
        notes
        source {
          batch {
            id
          }
          sheet
          row
        }
      }
    }
  }
`);
