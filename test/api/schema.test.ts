import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { createSchema, printSchemaSdl } from '../../src/schema';

const ROOT = path.resolve(__dirname, '../..');

/** Every type, field and argument without a description (root types are named by the spec). */
function undescribed(schema: GraphQLSchema): string[] {
  const roots = new Set([
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]);
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) {
      continue;
    }
    if (!type.description && !roots.has(type as never)) {
      missing.push(type.name);
    }
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) {
          missing.push(`${type.name}.${field.name}`);
        }
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) {
            missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
  }
  return missing;
}

/** `Type.field` → the printed type of the field, e.g. `Region.parent` → `Region`. */
function fieldType(schema: GraphQLSchema, typeName: string, fieldName: string): string | undefined {
  const type = schema.getType(typeName);
  if (!isObjectType(type) && !isInputObjectType(type)) {
    return undefined;
  }
  return type.getFields()[fieldName]?.type.toString();
}

describe('the GraphQL schema', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await createSchema();
  });

  it('is committed as schema/schema.graphql exactly as the code emits it', async () => {
    const committed = await readFile(path.join(ROOT, 'schema/schema.graphql'), 'utf8').catch(
      () => '',
    );
    const emitted = await printSchemaSdl();
    if (committed !== emitted) {
      throw new Error('schema/schema.graphql is stale: run `npm run schema` and commit the file');
    }
  });

  it('has typed documents in test/support/generated that match the committed schema and operations', async () => {
    const loaded = await loadCodegenConfig({ configFilePath: path.join(ROOT, 'codegen.yml') });
    const outputs = await generate({ ...loaded.config, cwd: ROOT, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = await readFile(path.resolve(ROOT, output.filename), 'utf8').catch(() => '');
      if (committed !== output.content) {
        throw new Error(`${output.filename} is stale: run \`npm run codegen\` and commit the file`);
      }
    }
  });

  it('describes every type, field and argument, so GraphiQL documents itself', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('offers every query of the public contract with its arguments', () => {
    const contract: Record<string, string[]> = {
      region: ['code'],
      regions: ['level', 'parent', 'search', 'first', 'after'],
      events: ['filter', 'region', 'year', 'years', 'first', 'after'],
      facilities: ['filter', 'region', 'year', 'years', 'first', 'after'],
      results: ['filter', 'region', 'year', 'years', 'first', 'after'],
      competitions: ['filter', 'region', 'year', 'years', 'first', 'after'],
      indicators: ['filter', 'region', 'year', 'years', 'first', 'after'],
      metrics: [],
      importBatch: ['id'],
      importBatches: ['first', 'after'],
    };
    const fields = schema.getQueryType()!.getFields();
    for (const [name, args] of Object.entries(contract)) {
      expect({ name, args: fields[name]?.args.map((arg) => arg.name).sort() }).toEqual({
        name,
        args: [...args].sort(),
      });
    }
    expect(fields.region.type.toString()).toBe('Region');
    expect(fields.regions.type.toString()).toBe('RegionConnection');
    expect(fields.metrics.type.toString()).toBe('[Metric!]!');
    expect(fields.importBatch.type.toString()).toBe('ImportBatch');
  });

  it('offers the contract mutations with their arguments', () => {
    const fields = schema.getMutationType()?.getFields() ?? {};
    const args = (name: string) =>
      Object.fromEntries((fields[name]?.args ?? []).map((arg) => [arg.name, arg.type.toString()]));
    expect(args('importLedger')).toMatchObject({
      file: 'Upload!',
      region: 'ID',
      year: 'Int',
      // the clerk's column mapping and sheets skipped on purpose (decisions §2–§3)
      columnMap: '[ColumnMappingInput!]',
      ignoreSheets: '[String!]',
    });
    // async: answered at once with the QUEUED batch (decisions §8)
    expect(Object.keys(args('importLedger')).sort()).toEqual([
      'async',
      'columnMap',
      'dryRun',
      'file',
      'ignoreSheets',
      'region',
      'year',
    ]);
    expect(fields.importLedger.args.find((arg) => arg.name === 'dryRun')?.defaultValue).toBe(false);
    expect(fields.importLedger.type.toString()).toBe('ImportBatch!');
    expect(args('rollbackImport')).toEqual({ id: 'ID!' });
    expect(fields.rollbackImport.type.toString()).toBe('ImportBatch!');
  });

  // The classic Relay shape of graphql-relay-js and GitHub's API, the one BI connectors read.
  it('gives every list the connection shape and PageInfo the Relay fields', () => {
    const connections = [
      'Region',
      'Event',
      'Facility',
      'Result',
      'Competition',
      'Indicator',
      'ImportBatch',
    ];
    for (const node of connections) {
      const name = `${node}Connection`;
      expect([name, fieldType(schema, name, 'totalCount')]).toEqual([name, 'Int!']);
      expect([name, fieldType(schema, name, 'nodes')]).toEqual([name, `[${node}!]!`]);
      expect([name, fieldType(schema, name, 'edges')]).toEqual([name, `[${node}Edge]`]);
      expect([name, fieldType(schema, name, 'pageInfo')]).toEqual([name, 'PageInfo!']);
      expect(fieldType(schema, `${node}Edge`, 'cursor')).toBe('String!');
      expect(fieldType(schema, `${node}Edge`, 'node')).toBe(node);
    }
    expect(fieldType(schema, 'PageInfo', 'hasNextPage')).toBe('Boolean!');
    expect(fieldType(schema, 'PageInfo', 'hasPreviousPage')).toBe('Boolean!');
    expect(fieldType(schema, 'PageInfo', 'startCursor')).toBe('String');
    expect(fieldType(schema, 'PageInfo', 'endCursor')).toBe('String');
  });

  it('names the contract types, fields and enum values as the contract does', () => {
    const fields: [string, string, string][] = [
      ['Region', 'code', 'ID!'],
      ['Region', 'name', 'String!'],
      ['Region', 'fullName', 'String!'],
      ['Region', 'level', 'RegionLevel!'],
      ['Region', 'parent', 'Region'],
      ['Region', 'children', '[Region!]'],
      ['CommonFilter', 'regions', '[ID!]'],
      ['CommonFilter', 'includeDescendants', 'Boolean'],
      ['CommonFilter', 'years', '[Int!]'],
      ['SourceRef', 'batch', 'ImportBatch!'],
      ['SourceRef', 'sheet', 'String!'],
      ['SourceRef', 'row', 'Int!'],
      ['Competition', 'id', 'ID!'],
      ['Competition', 'name', 'String!'],
      ['Competition', 'year', 'Int!'],
      ['Metric', 'key', 'ID!'],
      ['Metric', 'aliases', '[String!]'],
      ['Indicator', 'metric', 'Metric!'],
      ['Indicator', 'value', 'Float!'],
      ['Indicator', 'approximate', 'Boolean!'],
      ['Result', 'competition', 'Competition!'],
      ['Result', 'group', 'CompetitionGroup!'],
      ['Result', 'gold', 'Float'],
      ['Facility', 'type', 'FacilityType!'],
      ['Facility', 'status', 'FacilityStatus!'],
      ['Facility', 'quantity', 'Int!'],
      ['Event', 'startDate', 'Date'],
      ['ImportBatch', 'status', 'ImportStatus!'],
      ['ImportBatch', 'createdAt', 'DateTime!'],
      ['ImportBatch', 'sheets', '[ImportSheet!]'],
      ['ImportBatch', 'errors', '[ImportIssue!]'],
      ['ImportBatch', 'replaces', 'ImportBatch'],
      ['ImportBatch', 'identicalTo', 'ImportBatch'],
    ];
    for (const [type, field, printed] of fields) {
      expect([type, field, fieldType(schema, type, field)]).toEqual([type, field, printed]);
    }
    for (const fact of ['Event', 'Facility', 'Result', 'Indicator']) {
      expect([fact, fieldType(schema, fact, 'id')]).toEqual([fact, 'ID!']);
      expect([fact, fieldType(schema, fact, 'year')]).toEqual([fact, 'Int!']);
      expect([fact, fieldType(schema, fact, 'region')]).toEqual([fact, 'Region!']);
      expect([fact, fieldType(schema, fact, 'source')]).toEqual([fact, 'SourceRef!']);
    }
    for (const fact of ['Event', 'Facility', 'Result']) {
      expect([fact, fieldType(schema, fact, 'approximateFields')]).toEqual([fact, '[String!]']);
    }
    const values = (name: string) => {
      const type = getNamedType(schema.getType(name) ?? undefined);
      return isEnumType(type) ? type.getValues().map((value) => value.name) : undefined;
    };
    expect(values('RegionLevel')).toEqual(['PROVINCE', 'CITY', 'DISTRICT']);
    expect(values('LedgerKind')).toEqual(['EVENTS', 'FACILITIES', 'RESULTS', 'INDICATORS']);
    expect(values('ImportStatus')).toEqual([
      'QUEUED',
      'PENDING',
      'RUNNING',
      'VALIDATED',
      'COMMITTED',
      'FAILED',
      'SUPERSEDED',
      'ROLLED_BACK',
    ]);
  });
});
