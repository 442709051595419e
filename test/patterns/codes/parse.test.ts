import { describe, expect, it } from 'vitest';
import { formatHex, formatHex32, parseCode, parseCodeValue } from '../../../patterns/codes/index.js';

describe('parseCode', () => {
  it('reads 0x hex in either case', () => {
    expect(parseCode('0x904')).toEqual({ value: 2308, radix: 'hex' });
    expect(parseCode('0X904')).toEqual({ value: 2308, radix: 'hex' });
    expect(parseCodeValue('0xc000006d')).toBe(0xc000006d);
    expect(parseCodeValue('0xC000006D')).toBe(0xc000006d);
  });

  it('reads 64-bit zero-padded values', () => {
    expect(parseCodeValue('0x00000000c000006d')).toBe(0xc000006d);
    expect(parseCodeValue('0x0000000000000007')).toBe(7);
  });

  it('rejects values wider than 32 bits', () => {
    expect(parseCode('0x1c000006d')).toBeUndefined();
    expect(parseCode('4294967296')).toBeUndefined();
  });

  it('reads decimal, including signed 32-bit as PowerShell prints HRESULTs', () => {
    expect(parseCode('2308')).toEqual({ value: 2308, radix: 'decimal' });
    expect(parseCodeValue('-2146893043')).toBe(0x8009030d);
    expect(parseCodeValue('-1073741715')).toBe(0xc000006d);
    expect(parseCodeValue(' 7 ')).toBe(7);
    expect(parseCodeValue(2308)).toBe(2308);
  });

  it('reads bare hex only when it has a letter a-f', () => {
    expect(parseCode('C000006D')).toEqual({ value: 0xc000006d, radix: 'hex-bare' });
    expect(parseCode('b07')).toEqual({ value: 0xb07, radix: 'hex-bare' });
    expect(parseCode('904')?.radix).toBe('decimal');
  });

  it('rejects garbage', () => {
    for (const bad of ['', '  ', '0x', 'xyz', '0x9g4', '12.5', '%%2313', '904h', '0x-7'])
      expect(parseCode(bad), bad).toBeUndefined();
    expect(parseCode(1.5)).toBeUndefined();
  });

  it('formats hex the way the dialog and the logs show it', () => {
    expect(formatHex(2308)).toBe('0x904');
    expect(formatHex(0xb07)).toBe('0xB07');
    expect(formatHex32(0x8009030d)).toBe('0x8009030D');
    expect(formatHex32(7)).toBe('0x00000007');
  });
});
