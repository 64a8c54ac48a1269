import { describe, expect, it } from 'vitest';
import { currencyExponent, decimalToMinor } from './currencyAmount';
import { amountProblem, EMPTY_FILTER_DRAFT, toPaymentFilter } from './filterDraft';

describe('decimalToMinor', () => {
  it.each([
    ['12.50', 'USD', 1250],
    ['12.5', 'usd', 1250],
    ['12', 'EUR', 1200],
    ['0.01', 'SGD', 1],
    ['1000', 'JPY', 1000],
    ['250', 'KRW', 250],
    ['1.5', 'KWD', 1500],
    ['0.125', 'BHD', 125],
    ['7.', 'USD', 700],
  ])('%s %s → %i minor units', (text, currency, minor) => {
    expect(decimalToMinor(text, currency)).toBe(minor);
  });

  it.each([
    ['12.345', 'USD'],
    ['10.5', 'JPY'],
    ['1.2345', 'OMR'],
    ['-1', 'USD'],
    ['1,50', 'EUR'],
    ['abc', 'USD'],
    ['', 'USD'],
  ])('rejects %j in %s', (text, currency) => {
    expect(decimalToMinor(text, currency)).toBeUndefined();
  });

  it('knows the exponents the brief lists', () => {
    expect(['JPY', 'KRW', 'CLP', 'VND'].map(currencyExponent)).toEqual([0, 0, 0, 0]);
    expect(['BHD', 'KWD', 'OMR', 'JOD', 'TND', 'LYD', 'IQD'].map(currencyExponent)).toEqual([3, 3, 3, 3, 3, 3, 3]);
    expect(['USD', 'SGD', 'CNY', 'PHP'].map(currencyExponent)).toEqual([2, 2, 2, 2]);
  });
});

describe('toPaymentFilter', () => {
  it('serialises an empty draft with null for every unset optional and empty lists', () => {
    expect(toPaymentFilter(EMPTY_FILTER_DRAFT)).toStrictEqual({
      states: [],
      methods: [],
      currency: null,
      minMinor: null,
      maxMinor: null,
      createdFrom: null,
      createdTo: null,
      search: null,
    });
  });

  it('serialises every field exactly', () => {
    const filter = toPaymentFilter({
      states: ['authorized', 'partiallyRefunded'],
      methods: 'card, alipay_cn  GCASH',
      currency: 'jpy',
      minAmount: '100',
      maxAmount: ' 2500 ',
      createdFrom: '2025-01-01',
      createdTo: '2025-01-31',
      search: '  PRQ-00 ',
    });
    expect(filter).toStrictEqual({
      states: ['authorized', 'partiallyRefunded'],
      methods: ['CARD', 'ALIPAY_CN', 'GCASH'],
      currency: 'JPY',
      minMinor: 100,
      maxMinor: 2500,
      createdFrom: '2025-01-01',
      createdTo: '2025-01-31',
      search: 'PRQ-00',
    });
  });

  it('converts amount decimals by the currency exponent', () => {
    const base = { ...EMPTY_FILTER_DRAFT, minAmount: '12.50', maxAmount: '100' };
    expect(toPaymentFilter({ ...base, currency: 'USD' })).toMatchObject({ minMinor: 1250, maxMinor: 10000 });
    expect(toPaymentFilter({ ...base, currency: 'KWD' })).toMatchObject({ minMinor: 12500, maxMinor: 100000 });
    expect(toPaymentFilter({ ...base, minAmount: '12', currency: 'VND' })).toMatchObject({ minMinor: 12, maxMinor: 100 });
  });

  it('ignores amounts without a currency and reports invalid ones', () => {
    const noCurrency = { ...EMPTY_FILTER_DRAFT, minAmount: '5', maxAmount: '9' };
    expect(toPaymentFilter(noCurrency)).toMatchObject({ currency: null, minMinor: null, maxMinor: null });
    expect(amountProblem(noCurrency)).toBeNull();

    const tooPrecise = { ...EMPTY_FILTER_DRAFT, currency: 'JPY', minAmount: '5.5', maxAmount: '9' };
    expect(toPaymentFilter(tooPrecise)).toMatchObject({ currency: 'JPY', minMinor: null, maxMinor: 9 });
    expect(amountProblem(tooPrecise)).toBe('Minimum amount is not a valid JPY amount');
  });
});
