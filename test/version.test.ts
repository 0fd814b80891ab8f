import { PACKAGE_VERSION } from '../src';
import * as pkg from '../package.json';

test('PACKAGE_VERSION matches package.json', () => {
  expect(PACKAGE_VERSION).toBe(pkg.version);
});
