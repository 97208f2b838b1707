export { type CurrencyCode, currencyExponent, isCurrencyCode, parseCurrencyCode } from './lib/currency';
export {
  type Money,
  type MoneyError,
  type MoneyResult,
  fromDecimalString,
  money,
  multiplyMoney,
  sumMoney,
  toDecimalString,
  zero,
} from './lib/money';
