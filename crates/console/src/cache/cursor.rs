//! The opaque keyset cursor of a payment page: the sort, the last row's sort key and its
//! paymentRequestId tiebreak, as URL-safe base64. Encoding only; the query uses the values.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::ipc::dto::PaymentSort;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub sort: PaymentSort,
    /// `created_at` (epoch ms) or `amount_minor`, depending on the sort.
    pub key: i64,
    pub payment_request_id: String,
}

fn sort_tag(sort: PaymentSort) -> &'static str {
    match sort {
        PaymentSort::CreatedDesc => "cd",
        PaymentSort::CreatedAsc => "ca",
        PaymentSort::AmountDesc => "ad",
        PaymentSort::AmountAsc => "aa",
    }
}

impl Cursor {
    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(format!(
            "1|{}|{}|{}",
            sort_tag(self.sort),
            self.key,
            self.payment_request_id
        ))
    }

    /// Decodes a cursor; `None` when it is malformed or was made for another sort.
    pub fn decode(text: &str, sort: PaymentSort) -> Option<Cursor> {
        let bytes = URL_SAFE_NO_PAD.decode(text).ok()?;
        let text = String::from_utf8(bytes).ok()?;
        let mut parts = text.splitn(4, '|');
        if parts.next()? != "1" || parts.next()? != sort_tag(sort) {
            return None;
        }
        let key = parts.next()?.parse().ok()?;
        let payment_request_id = parts.next()?.to_owned();
        Some(Cursor {
            sort,
            key,
            payment_request_id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_other_sorts() {
        let c = Cursor {
            sort: PaymentSort::AmountAsc,
            key: -5,
            payment_request_id: "PAY|1".into(),
        };
        let text = c.encode();
        assert_eq!(Cursor::decode(&text, PaymentSort::AmountAsc), Some(c));
        assert_eq!(Cursor::decode(&text, PaymentSort::CreatedAsc), None);
        assert_eq!(Cursor::decode("%%%", PaymentSort::AmountAsc), None);
    }
}
