import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CanonicalJsonError, canonicalBytes, canonicalHash, canonicalize } from './canonicalJson.ts';

function numberFromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

function sparseArray(): unknown[] {
  const array: unknown[] = [1];
  array[2] = 3;
  return array;
}

describe('canonicalize (RFC 8785)', () => {
  test('serialises the §3.2.3 sample object with sorted keys, ES numbers and minimal escapes', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        '"literals": [null, true, false]}',
    ) as unknown;
    assert.equal(
      canonicalize(input),
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  test('sorts keys by UTF-16 code units, placing the emoji surrogate pair before U+FB33 (§3.2.3)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    assert.equal(
      canonicalize(input),
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  test('formats the Appendix B numbers as ECMAScript Number-to-String does', () => {
    const samples: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, expected] of samples) assert.equal(canonicalize(numberFromBits(bits)), expected, bits);
    assert.equal(canonicalize(1e21), '1e+21');
    assert.equal(canonicalize(1e-7), '1e-7');
    assert.equal(canonicalize(-0), '0');
    assert.equal(canonicalize(Number('333333333.33333329')), '333333333.3333333');
  });

  test('refuses NaN and Infinity (Appendix B 7fffffffffffffff, 7ff0000000000000)', () => {
    assert.throws(() => canonicalize(numberFromBits('7fffffffffffffff')), CanonicalJsonError);
    assert.throws(() => canonicalize(numberFromBits('7ff0000000000000')), CanonicalJsonError);
    assert.throws(() => canonicalize(-Infinity), CanonicalJsonError);
  });

  test('escapes control characters in lowercase \\u00xx form and leaves other characters literal', () => {
    assert.equal(
      canonicalize('\u0000\u001f\b\t\n\f\r"\\/\u007f\u2028'),
      '"\\u0000\\u001f\\b\\t\\n\\f\\r\\"\\\\/\u007f\u2028"',
    );
  });

  test('emits nested structures without whitespace', () => {
    assert.equal(canonicalize({ b: [1, { d: 2, c: null }], a: {} }), '{"a":{},"b":[1,{"c":null,"d":2}]}');
    assert.equal(canonicalize(Object.assign(Object.create(null) as object, { z: true })), '{"z":true}');
  });

  test('refuses values JSON cannot represent, naming where they are', () => {
    const refusals: [unknown, string][] = [
      [undefined, 'undefined is not a JSON value at $'],
      [{ a: undefined }, 'undefined is not a JSON value at $.a'],
      [[1, () => 1], 'function is not a JSON value at $[1]'],
      [{ amount: 10n }, 'bigint is not a JSON value at $.amount'],
      [{ 'a b': Symbol('s') }, 'symbol is not a JSON value at $["a b"]'],
      [{ at: new Date(0) }, 'Date is not a plain JSON object at $.at'],
      [new Map(), 'Map is not a plain JSON object at $'],
      [{ [Symbol('k')]: 1 }, 'object has symbol keys at $'],
      ['\ud800', 'string contains a lone surrogate at $'],
      [{ '\udc00': 1 }, 'string contains a lone surrogate at $'],
      [sparseArray(), 'undefined is not a JSON value at $[1]'],
    ];
    for (const [value, message] of refusals) {
      assert.throws(() => canonicalize(value), { name: 'CanonicalJsonError', message });
    }
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    assert.throws(() => canonicalize(circular), { message: 'value is circular at $.self' });
  });

  test('allows the same object twice when it is not its own ancestor', () => {
    const shared = { x: 1 };
    assert.equal(canonicalize([shared, shared]), '[{"x":1},{"x":1}]');
  });

  test('hashes the UTF-8 bytes of the canonical form with SHA-256', () => {
    assert.equal(canonicalHash({}), '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    assert.equal(canonicalHash({ b: 1, a: '€' }), canonicalHash({ a: '€', b: 1 }));
    assert.deepEqual(canonicalBytes({ a: '€' }), Buffer.from('{"a":"€"}', 'utf8'));
  });
});
