import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../../src/mikro-orm.config';
import { rowPrototype } from '../../../src/modules/common/paginate';
import { Facility } from '../../../src/modules/facility/facility.entity';

// A list's rows are plain objects that read like the GraphQL type (its getters, instanceof),
// not entities: MikroORM's discovery puts a setter for each column on the entity's prototype,
// and a row assigned through those setters turned itself into a managed entity, row by row.
let orm: MikroORM;

beforeAll(async () => {
  // discovery alone defines the setters; no statement is run
  orm = await MikroORM.init({
    ...ormConfig('postgresql://nobody@127.0.0.1:1/none'),
    connect: false,
  });
});

afterAll(() => orm.close(true));

const row = { id: 7, name: '健身路径', type: 'FITNESS_GARDEN', quantity: 2, regionCode: '140702' };

it('keeps a row a plain object with the type’s getters', () => {
  const node = Object.assign(Object.create(rowPrototype(Facility)) as Facility, row);
  expect(Object.getOwnPropertyNames(node).sort()).toEqual(Object.keys(row).sort());
  expect(node).toBeInstanceOf(Facility);
  expect(node.typeLabel).toBe('健身园');
  expect(node.quantity).toBe(2);
  expect(rowPrototype(Facility)).toBe(rowPrototype(Facility));
});

it('is needed: through the entity’s own prototype the row becomes an entity', () => {
  const entity = Object.assign(Object.create(Facility.prototype) as Facility, row);
  expect(Object.getOwnPropertyNames(entity)).toContain('__helper');
});
