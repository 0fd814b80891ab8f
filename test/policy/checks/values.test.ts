import { interpolations, soleExpression, dependsOnAddress } from '../../../src/policy/checks/references';
import { asBool, asString, asStringList, block, blocks, describe as describeValue, UNKNOWN } from '../../../src/policy/checks/values';

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
      'a_b.c',
      undefined,
      undefined,
    ]);
  });
});
