import { interpolations, soleExpression, dependsOnAddress } from '../../src/checks/model/references';
import { asBool, asString, asStringList, block, blocks, describe as describeValue, jsonText, UNKNOWN, walkStrings } from '../../src/checks/model/values';

describe('value readers', () => {
  it('read booleans written as bools or strings; expressions are UNKNOWN', () => {
    expect([true, 'true', 'TRUE', false, 'false', undefined, null].map(asBool)).toEqual([true, true, true, false, false, undefined, undefined]);
    expect(asBool('${var.x}')).toBe(UNKNOWN);
    expect(asBool(1)).toBe(UNKNOWN);
  });

  it('read strings and string lists', () => {
    expect(asString('a')).toBe('a');
    expect(asString(3)).toBe('3');
    expect(asString('${var.x}')).toBe(UNKNOWN);
    expect(asString({})).toBe(UNKNOWN);
    expect(asStringList(['a', 'b'])).toEqual(['a', 'b']);
    expect(asStringList('a')).toEqual(['a']);
    expect(asStringList(['a', '${x.y.z}'])).toBe(UNKNOWN);
  });

  it('read nested blocks as objects or lists', () => {
    expect(block({ b: { x: 1 } }, 'b')).toEqual({ x: 1 });
    expect(block({ b: [{ x: 2 }] }, 'b')).toEqual({ x: 2 });
    expect(blocks({ b: [{ x: 1 }, 'junk', { x: 2 }] }, 'b')).toEqual([{ x: 1 }, { x: 2 }]);
    expect(block({ b: 'x' }, 'b')).toBeUndefined();
    expect(block(null, 'b')).toBeUndefined();
  });

  it('walk every string in document order', () => {
    const seen: string[] = [];
    walkStrings({ a: 'x', b: [1, 'y', { c: ['z', null] }], d: 'w' }, (s) => seen.push(s));
    expect(seen).toEqual(['x', 'y', 'z', 'w']);
  });

  it('walk values nested 100,000 levels deep without overflowing the stack', () => {
    // GIVEN an array and an object nested far deeper than any call stack
    let array: unknown = '${azurerm_subnet.deep.id}';
    let object: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) {
      array = [array];
      object = { a: object };
    }
    // THEN the walk still reaches the strings, and messages show them cut
    const seen: string[] = [];
    walkStrings([array, object], (s) => seen.push(s));
    expect(seen).toEqual(['${azurerm_subnet.deep.id}', 'leaf']);
    expect(describeValue(UNKNOWN, array)).toMatch(/^an unresolved or non-literal value \(\[\[\[.*"\.\.\."\]+\)$/);
  });

  it('show values as JSON, levels below 20 as "..."', () => {
    for (const value of ['a', 1, null, true, [1, 'b'], { a: { b: [1] } }]) expect(jsonText(value)).toBe(JSON.stringify(value));
    expect(jsonText(undefined)).toBe('undefined');
    let deep: unknown = 'x';
    for (let i = 0; i < 25; i++) deep = [deep];
    expect(jsonText(deep)).toBe(`${'['.repeat(20)}"..."${']'.repeat(20)}`);
  });

  it('describe values for messages', () => {
    expect(describeValue('a', 'a')).toBe('"a"');
    expect(describeValue(undefined, undefined, '"x"')).toBe('not set (provider default "x")');
    expect(describeValue(UNKNOWN, '${var.x}')).toMatch(/unresolved.*\$\{var\.x\}/);
  });
});

describe('expression parsing', () => {
  it('splits interpolations with nested braces and quotes', () => {
    expect(interpolations('a${x.y.z}b${jsonencode({a = "}"})}')).toEqual(['x.y.z', 'jsonencode({a = "}"})']);
    expect(interpolations('$${not} ${yes}')).toEqual(['yes']);
    expect(interpolations('${unterminated')).toEqual(['unterminated']);
  });

  it('recognises a sole expression', () => {
    expect(soleExpression('${var.x}')).toBe('var.x');
    expect(soleExpression('${a}-${b}')).toBeUndefined();
    expect(soleExpression('x${a}')).toBeUndefined();
  });

  it('parses depends_on entries', () => {
    expect(['a_b.c', '${a_b.c}', 'data.a_b.c', 'a_b.c[0]', 'module.m', 42].map(dependsOnAddress)).toEqual([
      'a_b.c',
      'a_b.c',
      'data.a_b.c',
      'a_b.c[0]',
      undefined,
      undefined,
    ]);
  });
});
