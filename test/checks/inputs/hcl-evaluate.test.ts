// The expression subset that decides count / for_each: literals, var / local / each / count lookups,
// operators, the conditional and a few collection functions; anything else is unknown.
import { evaluateExpression, UNKNOWN_VALUE } from '../../../src/checks/inputs/hcl-evaluate';

const scope = {
  variable: (name: string) => ({ on: true, n: 3, zones: ['2', '1', '2'], pools: { a: { os: 'Linux' } } } as Record<string, unknown>)[name] ?? UNKNOWN_VALUE,
  local: (name: string) => (name === 'env' ? 'prod' : UNKNOWN_VALUE),
  each: { key: 'a', value: { os: 'Windows', tags: ['x'] } },
  count: { index: 1 },
};

describe('evaluateExpression', () => {
  it.each([
    ['var.on ? 0 : 1', 0],
    ['!var.on ? 0 : 1', 1],
    ['local.env == "prod" ? 2 : 0', 2],
    ['local.env != "prod" && var.on', false],
    ['var.n + count.index * 2', 5],
    ['var.n > 2 || false', true],
    ['length(var.zones)', 3],
    ['toset(var.zones)', ['1', '2']],
    ['keys(merge(var.pools, { b = 1 }))', ['a', 'b']],
    ['length(concat(["a"], ["b", "c"]))', 3],
    ['each.value.os', 'Windows'],
    ['each.value["tags"][0]', 'x'],
    ['(each.key)', 'a'],
    ['null', null],
  ])('%s -> %j', (text, expected) => {
    expect(evaluateExpression(text, scope)).toEqual(expected);
  });

  it.each([
    'azurerm_subnet.a.id', // a resource attribute: known after apply at best
    'var.missing ? 1 : 0', // an unknown condition
    'length(var.missing)',
    '[for z in var.zones : z]', // a for expression
    'lower("A")', // a function outside the subset
    '"pool-${var.n}"', // a template
    'var.n +', // not an expression
    'each.value.missing',
  ])('%s -> unknown', (text) => {
    expect(evaluateExpression(text, scope)).toBe(UNKNOWN_VALUE);
  });

  it('without each / count in scope, each.* and count.index are unknown', () => {
    expect(evaluateExpression('count.index', {})).toBe(UNKNOWN_VALUE);
    expect(evaluateExpression('each.key', {})).toBe(UNKNOWN_VALUE);
  });
});
