//! Money in integer minor units: currencies and their exponents, parsing and formatting user input,
//! the wire form (string minor units) and Antom's amount rules as hints. Never uses floats.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::MoneyError;

/// An ISO 4217 currency with the exponent Antom uses for it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency {
    code: [u8; 3],
    exponent: u8,
}

/// Active ISO 4217 codes with their minor-unit exponents. Antom's published table (0 decimals for
/// CLP, JPY, KRW, VND; 2 for the rest it lists) agrees with ISO 4217 on every code it names.
#[rustfmt::skip]
const CURRENCIES: &[(&str, u8)] = &[
    ("AED", 2), ("AFN", 2), ("ALL", 2), ("AMD", 2), ("ANG", 2), ("AOA", 2), ("ARS", 2), ("AUD", 2),
    ("AWG", 2), ("AZN", 2), ("BAM", 2), ("BBD", 2), ("BDT", 2), ("BGN", 2), ("BHD", 3), ("BIF", 0),
    ("BMD", 2), ("BND", 2), ("BOB", 2), ("BOV", 2), ("BRL", 2), ("BSD", 2), ("BTN", 2), ("BWP", 2),
    ("BYN", 2), ("BZD", 2), ("CAD", 2), ("CDF", 2), ("CHE", 2), ("CHF", 2), ("CHW", 2), ("CLF", 4),
    ("CLP", 0), ("CNY", 2), ("COP", 2), ("COU", 2), ("CRC", 2), ("CUP", 2), ("CVE", 2), ("CZK", 2),
    ("DJF", 0), ("DKK", 2), ("DOP", 2), ("DZD", 2), ("EGP", 2), ("ERN", 2), ("ETB", 2), ("EUR", 2),
    ("FJD", 2), ("FKP", 2), ("GBP", 2), ("GEL", 2), ("GHS", 2), ("GIP", 2), ("GMD", 2), ("GNF", 0),
    ("GTQ", 2), ("GYD", 2), ("HKD", 2), ("HNL", 2), ("HTG", 2), ("HUF", 2), ("IDR", 2), ("ILS", 2),
    ("INR", 2), ("IQD", 3), ("IRR", 2), ("ISK", 0), ("JMD", 2), ("JOD", 3), ("JPY", 0), ("KES", 2),
    ("KGS", 2), ("KHR", 2), ("KMF", 0), ("KPW", 2), ("KRW", 0), ("KWD", 3), ("KYD", 2), ("KZT", 2),
    ("LAK", 2), ("LBP", 2), ("LKR", 2), ("LRD", 2), ("LSL", 2), ("LYD", 3), ("MAD", 2), ("MDL", 2),
    ("MGA", 2), ("MKD", 2), ("MMK", 2), ("MNT", 2), ("MOP", 2), ("MRU", 2), ("MUR", 2), ("MVR", 2),
    ("MWK", 2), ("MXN", 2), ("MXV", 2), ("MYR", 2), ("MZN", 2), ("NAD", 2), ("NGN", 2), ("NIO", 2),
    ("NOK", 2), ("NPR", 2), ("NZD", 2), ("OMR", 3), ("PAB", 2), ("PEN", 2), ("PGK", 2), ("PHP", 2),
    ("PKR", 2), ("PLN", 2), ("PYG", 0), ("QAR", 2), ("RON", 2), ("RSD", 2), ("RUB", 2), ("RWF", 0),
    ("SAR", 2), ("SBD", 2), ("SCR", 2), ("SDG", 2), ("SEK", 2), ("SGD", 2), ("SHP", 2), ("SLE", 2),
    ("SOS", 2), ("SRD", 2), ("SSP", 2), ("STN", 2), ("SVC", 2), ("SYP", 2), ("SZL", 2), ("THB", 2),
    ("TJS", 2), ("TMT", 2), ("TND", 3), ("TOP", 2), ("TRY", 2), ("TTD", 2), ("TWD", 2), ("TZS", 2),
    ("UAH", 2), ("UGX", 0), ("USD", 2), ("USN", 2), ("UYI", 0), ("UYU", 2), ("UYW", 4), ("UZS", 2),
    ("VED", 2), ("VES", 2), ("VND", 0), ("VUV", 0), ("WST", 2), ("XAF", 0), ("XCD", 2), ("XOF", 0),
    ("XPF", 0), ("YER", 2), ("ZAR", 2), ("ZMW", 2), ("ZWG", 2),
];

impl Currency {
    pub const USD: Currency = Currency::known(*b"USD", 2);
    pub const EUR: Currency = Currency::known(*b"EUR", 2);
    pub const SGD: Currency = Currency::known(*b"SGD", 2);
    pub const HKD: Currency = Currency::known(*b"HKD", 2);
    pub const MYR: Currency = Currency::known(*b"MYR", 2);
    pub const THB: Currency = Currency::known(*b"THB", 2);
    pub const PHP: Currency = Currency::known(*b"PHP", 2);
    pub const IDR: Currency = Currency::known(*b"IDR", 2);
    pub const TWD: Currency = Currency::known(*b"TWD", 2);
    pub const CNY: Currency = Currency::known(*b"CNY", 2);
    pub const JPY: Currency = Currency::known(*b"JPY", 0);
    pub const KRW: Currency = Currency::known(*b"KRW", 0);
    pub const CLP: Currency = Currency::known(*b"CLP", 0);
    pub const VND: Currency = Currency::known(*b"VND", 0);
    pub const KWD: Currency = Currency::known(*b"KWD", 3);
    pub const BHD: Currency = Currency::known(*b"BHD", 3);

    const fn known(code: [u8; 3], exponent: u8) -> Currency {
        Currency { code, exponent }
    }

    /// Looks up a code, case-insensitively and ignoring surrounding whitespace.
    pub fn from_code(code: &str) -> Result<Currency, MoneyError> {
        let upper = code.trim().to_ascii_uppercase();
        CURRENCIES
            .iter()
            .find(|(c, _)| *c == upper)
            .map(|(c, e)| {
                let b = c.as_bytes();
                Currency::known([b[0], b[1], b[2]], *e)
            })
            .ok_or_else(|| MoneyError::UnknownCurrency {
                code: code.to_owned(),
            })
    }

    /// The three-letter code.
    pub fn code(&self) -> &str {
        // The table holds ASCII only.
        std::str::from_utf8(&self.code).unwrap_or("???")
    }

    /// Number of decimal places of the minor unit.
    pub fn exponent(&self) -> u8 {
        self.exponent
    }

    /// Every currency this crate knows, in code order.
    pub fn all() -> impl Iterator<Item = Currency> {
        CURRENCIES.iter().map(|(c, e)| {
            let b = c.as_bytes();
            Currency::known([b[0], b[1], b[2]], *e)
        })
    }

    fn scale(&self) -> i64 {
        10i64.pow(u32::from(self.exponent))
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Currency::from_code(s)
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Currency::from_code(&s).map_err(serde::de::Error::custom)
    }
}

/// An amount: whole minor units of a currency (cents for USD, yen for JPY, fils for KWD).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    /// Parses what a person types, e.g. `12.34` for USD or `1200` for JPY. Extra decimals are
    /// accepted only when they are zeros (`100.00` JPY is 100 yen; `100.5` JPY is an error).
    pub fn parse(input: &str, currency: Currency) -> Result<Money, MoneyError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(MoneyError::Empty);
        }
        let malformed = || MoneyError::Malformed {
            input: input.to_owned(),
        };
        let (negative, unsigned) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int_part, frac_part) = match unsigned.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (unsigned, None),
        };
        let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(int_part) || frac_part.is_some_and(|f| !all_digits(f)) {
            return Err(malformed());
        }
        if negative {
            return Err(MoneyError::Negative);
        }
        let exp = usize::from(currency.exponent);
        let frac = frac_part.unwrap_or("");
        if frac.len() > exp && frac.bytes().skip(exp).any(|b| b != b'0') {
            return Err(MoneyError::TooManyDecimals {
                currency: currency.code().to_owned(),
                max: currency.exponent,
            });
        }
        let mut minor: i64 = 0;
        for b in int_part.bytes() {
            minor = minor
                .checked_mul(10)
                .and_then(|m| m.checked_add(i64::from(b - b'0')))
                .ok_or(MoneyError::Overflow)?;
        }
        minor = minor
            .checked_mul(currency.scale())
            .ok_or(MoneyError::Overflow)?;
        let mut frac_minor: i64 = 0;
        for i in 0..exp {
            let digit = frac.as_bytes().get(i).map_or(0, |b| i64::from(b - b'0'));
            frac_minor = frac_minor * 10 + digit;
        }
        minor = minor.checked_add(frac_minor).ok_or(MoneyError::Overflow)?;
        Ok(Money { minor, currency })
    }

    /// Parses with a currency code, e.g. `Money::parse_with_code("12.34", "usd")`.
    pub fn parse_with_code(input: &str, code: &str) -> Result<Money, MoneyError> {
        Money::parse(input, Currency::from_code(code)?)
    }

    /// The amount in major units with exactly the currency's decimals: `12.34`, `1200`, `1.234`.
    pub fn format_amount(&self) -> String {
        let exp = usize::from(self.currency.exponent);
        let abs = self.minor.unsigned_abs();
        let sign = if self.minor < 0 { "-" } else { "" };
        if exp == 0 {
            return format!("{sign}{abs}");
        }
        let scale = 10u64.pow(u32::from(self.currency.exponent));
        format!("{sign}{}.{:0exp$}", abs / scale, abs % scale)
    }

    /// Antom's wire value: the minor units as a decimal string, e.g. `"1234"`.
    pub fn to_wire_value(&self) -> Result<String, MoneyError> {
        if self.minor < 0 {
            return Err(MoneyError::Negative);
        }
        let value = self.minor.to_string();
        if value.len() > 16 {
            return Err(MoneyError::TooLongForWire { value });
        }
        Ok(value)
    }

    /// Reads Antom's wire form: currency code and minor units as a string of digits.
    pub fn from_wire(value: &str, currency_code: &str) -> Result<Money, MoneyError> {
        let currency = Currency::from_code(currency_code)?;
        if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
            return Err(MoneyError::MalformedWireValue {
                value: value.to_owned(),
            });
        }
        let minor = value.parse::<i64>().map_err(|_| MoneyError::Overflow)?;
        Ok(Money { minor, currency })
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(&other)?;
        let minor = self
            .minor
            .checked_add(other.minor)
            .ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, self.currency))
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(&other)?;
        let minor = self
            .minor
            .checked_sub(other.minor)
            .ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, self.currency))
    }

    fn same_currency(&self, other: &Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch {
                left: self.currency.code().to_owned(),
                right: other.currency.code().to_owned(),
            })
        }
    }

    /// Antom's amount rules (protocol.md §5) that this amount breaks, as warnings for the UI.
    /// `payment_method_type` is Antom's code (`JKOPAY`, `OCTOPUS`, `GCASH`…) when known.
    pub fn hints(&self, payment_method_type: Option<&str>) -> Vec<AmountHint> {
        let mut hints = Vec::new();
        let code = self.currency.code();
        if self.minor <= 0 {
            hints.push(AmountHint::NotPositive);
        }
        if code == "IDR" && self.minor % 100 != 0 {
            hints.push(AmountHint::IdrMultipleOf100);
        }
        let method = payment_method_type.map(str::to_ascii_uppercase);
        let method = method.as_deref();
        if code == "TWD" && method == Some("JKOPAY") && self.minor % 100 != 0 {
            hints.push(AmountHint::JkoPayTwdMultipleOf100);
        }
        if code == "HKD" && method == Some("OCTOPUS") && self.minor % 10 != 0 {
            hints.push(AmountHint::OctopusHkdMultipleOf10);
        }
        if let Some(method) = method {
            for (m, c, min) in METHOD_MINIMUMS {
                if *m == method && *c == code && self.minor < *min {
                    hints.push(AmountHint::BelowMethodMinimum {
                        payment_method_type: method.to_owned(),
                        minimum: Money::new(*min, self.currency),
                    });
                }
            }
        }
        hints
    }
}

/// Published per-method minimums in minor units (protocol.md §5).
const METHOD_MINIMUMS: &[(&str, &str, i64)] = &[
    ("TRUEMONEY", "THB", 100),
    ("ALIPAY_HK", "HKD", 1),
    ("TNG", "MYR", 5),
    ("GCASH", "PHP", 100),
    ("DANA", "IDR", 30000),
    ("KAKAOPAY", "KRW", 50),
    ("JKOPAY", "TWD", 100),
];

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.format_amount(), self.currency)
    }
}

/// A rule of Antom's that an amount breaks; the UI shows these as warnings, not errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountHint {
    NotPositive,
    IdrMultipleOf100,
    JkoPayTwdMultipleOf100,
    OctopusHkdMultipleOf10,
    BelowMethodMinimum {
        payment_method_type: String,
        minimum: Money,
    },
}

impl fmt::Display for AmountHint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AmountHint::NotPositive => f.write_str("Antom amounts must be greater than zero"),
            AmountHint::IdrMultipleOf100 => {
                f.write_str("IDR amounts must be whole rupiah (value ending in 00)")
            }
            AmountHint::JkoPayTwdMultipleOf100 => {
                f.write_str("JKOPay takes whole TWD only (value a multiple of 100)")
            }
            AmountHint::OctopusHkdMultipleOf10 => {
                f.write_str("Octopus takes HKD in multiples of 0.10 (value a multiple of 10)")
            }
            AmountHint::BelowMethodMinimum {
                payment_method_type,
                minimum,
            } => write!(f, "{payment_method_type} requires at least {minimum}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn usd(s: &str) -> Result<Money, MoneyError> {
        Money::parse(s, Currency::USD)
    }

    #[test]
    fn parses_by_exponent() {
        assert_eq!(usd("12.34").unwrap().minor, 1234);
        assert_eq!(usd("12").unwrap().minor, 1200);
        assert_eq!(usd("12.3").unwrap().minor, 1230);
        assert_eq!(usd(" 0.01 ").unwrap().minor, 1);
        assert_eq!(Money::parse("1200", Currency::JPY).unwrap().minor, 1200);
        assert_eq!(Money::parse("1.234", Currency::KWD).unwrap().minor, 1234);
        assert_eq!(Money::parse_with_code("5", "clp").unwrap().minor, 5);
        assert_eq!(
            Money::parse_with_code("1.0001", "CLF").unwrap().minor,
            10001
        );
    }

    #[test]
    fn explains_bad_input() {
        assert_eq!(usd(""), Err(MoneyError::Empty));
        assert_eq!(usd("-1.00"), Err(MoneyError::Negative));
        assert!(matches!(usd("1,000.00"), Err(MoneyError::Malformed { .. })));
        assert!(matches!(usd("1."), Err(MoneyError::Malformed { .. })));
        assert!(matches!(usd(".5"), Err(MoneyError::Malformed { .. })));
        assert!(matches!(usd("1e3"), Err(MoneyError::Malformed { .. })));
        assert!(matches!(usd("+1"), Err(MoneyError::Malformed { .. })));
        assert_eq!(
            usd("12.345"),
            Err(MoneyError::TooManyDecimals {
                currency: "USD".into(),
                max: 2
            })
        );
        assert_eq!(usd("12.340").unwrap().minor, 1234);
        assert!(matches!(
            Money::parse("100.5", Currency::JPY),
            Err(MoneyError::TooManyDecimals { max: 0, .. })
        ));
        assert_eq!(Money::parse("100.00", Currency::JPY).unwrap().minor, 100);
        assert_eq!(usd("92233720368547758.07").unwrap().minor, i64::MAX);
        assert_eq!(usd("92233720368547758.08"), Err(MoneyError::Overflow));
        assert_eq!(usd("99999999999999999999999"), Err(MoneyError::Overflow));
        assert!(matches!(
            Money::parse_with_code("1", "XYZ"),
            Err(MoneyError::UnknownCurrency { .. })
        ));
        assert!(usd("12.345").unwrap_err().to_string().contains("at most 2"));
    }

    #[test]
    fn formats_with_exact_decimals() {
        assert_eq!(Money::new(1234, Currency::USD).format_amount(), "12.34");
        assert_eq!(Money::new(5, Currency::USD).format_amount(), "0.05");
        assert_eq!(Money::new(-5, Currency::USD).format_amount(), "-0.05");
        assert_eq!(Money::new(1200, Currency::JPY).format_amount(), "1200");
        assert_eq!(Money::new(1, Currency::KWD).format_amount(), "0.001");
        assert_eq!(Money::new(1234, Currency::USD).to_string(), "12.34 USD");
    }

    #[test]
    fn wire_form_is_string_minor_units() {
        let m = Money::new(4200, Currency::SGD);
        assert_eq!(m.to_wire_value().unwrap(), "4200");
        assert_eq!(Money::from_wire("4200", "SGD").unwrap(), m);
        assert!(Money::from_wire("-1", "SGD").is_err());
        assert!(Money::from_wire("1.5", "SGD").is_err());
        assert!(Money::from_wire("", "SGD").is_err());
        assert_eq!(
            Money::new(-1, Currency::SGD).to_wire_value(),
            Err(MoneyError::Negative)
        );
        assert!(matches!(
            Money::new(i64::MAX, Currency::SGD).to_wire_value(),
            Err(MoneyError::TooLongForWire { .. })
        ));
    }

    #[test]
    fn exponents_follow_antom_table() {
        for code in ["CLP", "JPY", "KRW", "VND"] {
            assert_eq!(Currency::from_code(code).unwrap().exponent(), 0, "{code}");
        }
        for code in [
            "AUD", "BDT", "BRL", "CAD", "CNY", "EUR", "GBP", "HKD", "IDR", "MXN", "MYR", "NZD",
            "PEN", "PHP", "PKR", "PLN", "SGD", "THB", "TWD", "USD",
        ] {
            assert_eq!(Currency::from_code(code).unwrap().exponent(), 2, "{code}");
        }
        for code in ["BHD", "KWD", "OMR", "JOD", "TND"] {
            assert_eq!(Currency::from_code(code).unwrap().exponent(), 3, "{code}");
        }
        assert_eq!(Currency::JPY, Currency::from_code("jpy").unwrap());
    }

    #[test]
    fn hints_follow_antom_rules() {
        let idr = Money::new(12345, Currency::IDR);
        assert_eq!(idr.hints(None), vec![AmountHint::IdrMultipleOf100]);
        assert!(Money::new(12300, Currency::IDR).hints(None).is_empty());
        assert_eq!(
            Money::new(0, Currency::USD).hints(None),
            vec![AmountHint::NotPositive]
        );
        assert_eq!(
            Money::new(150, Currency::TWD).hints(Some("JKOPAY")),
            vec![AmountHint::JkoPayTwdMultipleOf100]
        );
        assert!(Money::new(150, Currency::TWD).hints(None).is_empty());
        assert_eq!(
            Money::new(15, Currency::HKD).hints(Some("octopus")),
            vec![AmountHint::OctopusHkdMultipleOf10]
        );
        let below = Money::new(99, Currency::THB).hints(Some("TRUEMONEY"));
        assert_eq!(
            below,
            vec![AmountHint::BelowMethodMinimum {
                payment_method_type: "TRUEMONEY".into(),
                minimum: Money::new(100, Currency::THB)
            }]
        );
        assert_eq!(below[0].to_string(), "TRUEMONEY requires at least 1.00 THB");
    }

    fn any_currency() -> impl Strategy<Value = Currency> {
        let all: Vec<Currency> = Currency::all().collect();
        proptest::sample::select(all)
    }

    proptest! {
        #[test]
        fn parse_format_round_trips(minor in 0i64..=i64::MAX, currency in any_currency()) {
            let m = Money::new(minor, currency);
            prop_assert_eq!(Money::parse(&m.format_amount(), currency), Ok(m));
        }

        #[test]
        fn parse_format_round_trips_each_exponent(minor in 0i64..=i64::MAX) {
            for currency in [Currency::JPY, Currency::USD, Currency::KWD,
                Currency::from_code("CLF").unwrap()] {
                let m = Money::new(minor, currency);
                prop_assert_eq!(Money::parse(&m.format_amount(), currency), Ok(m));
            }
        }

        #[test]
        fn wire_round_trips(minor in 0i64..=9_999_999_999_999_999, currency in any_currency()) {
            let m = Money::new(minor, currency);
            let wire = m.to_wire_value().unwrap();
            prop_assert_eq!(Money::from_wire(&wire, currency.code()), Ok(m));
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,40}") {
            let _ = Money::parse(&s, Currency::USD);
            let _ = Money::parse(&s, Currency::JPY);
        }
    }
}
