//! Checking a `NewProfile` before anything is stored: name, zone, currency, gateway, client ID
//! rules per environment, and both keys (every encoding; a probe signature must verify).

use antom::{Currency, Gateway, PrivateKey, PublicKey};
use chrono_tz::Tz;
use zeroize::Zeroizing;

use crate::ipc::dto::{Environment, GatewayChoice, NewProfile};
use crate::secrets::ProfileSecrets;

/// A `NewProfile` that passed every check, with its keys parsed.
pub struct ValidProfile {
    pub name: String,
    pub environment: Environment,
    pub gateway: GatewayChoice,
    pub time_zone: Tz,
    pub settlement_currency: Option<String>,
    pub secrets: ProfileSecrets,
}

pub fn antom_gateway(choice: &GatewayChoice) -> Gateway {
    match choice {
        GatewayChoice::Asia => Gateway::Asia,
        GatewayChoice::NorthAmerica => Gateway::NorthAmerica,
        GatewayChoice::UnitedStates => Gateway::UnitedStates,
        GatewayChoice::Europe => Gateway::Europe,
        GatewayChoice::Custom(url) => Gateway::Custom(url.trim().to_owned()),
    }
}

pub fn antom_environment(env: Environment) -> antom::Environment {
    match env {
        Environment::Sandbox => antom::Environment::Sandbox,
        Environment::Production => antom::Environment::Production,
    }
}

/// Parses an IANA zone name; empty means UTC.
pub fn parse_time_zone(text: Option<&str>) -> Result<Tz, String> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(Tz::UTC),
        Some(name) => name.parse::<Tz>().map_err(|_| {
            format!("`{name}` is not an IANA time zone (e.g. Asia/Singapore, Europe/Berlin, UTC)")
        }),
    }
}

/// "SANDBOX_5Y…0001": enough to recognise an id, never the whole of it.
pub fn client_id_hint(client_id: &str) -> String {
    let chars: Vec<char> = client_id.chars().collect();
    let head = if client_id.starts_with("SANDBOX_") {
        10
    } else {
        2
    };
    let tail = 4;
    if chars.len() >= head + tail + 3 {
        let start: String = chars[..head].iter().collect();
        let end: String = chars[chars.len() - tail..].iter().collect();
        format!("{start}…{end}")
    } else if chars.len() >= 5 {
        format!("{}…{}", chars[0], chars[chars.len() - 1])
    } else {
        "…".to_owned()
    }
}

/// Validates `new`; the error message says what to fix.
pub fn validate(new: &NewProfile) -> Result<ValidProfile, String> {
    let name = new.name.trim();
    if name.is_empty() {
        return Err("give the profile a name".to_owned());
    }
    if name.chars().count() > 64 {
        return Err("the profile name is longer than 64 characters".to_owned());
    }
    let time_zone = parse_time_zone(new.time_zone.as_deref())?;
    let settlement_currency = match new.settlement_currency.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(code) => Some(
            Currency::from_code(&code.to_ascii_uppercase())
                .map_err(|e| format!("settlement currency: {e}"))?
                .code()
                .to_owned(),
        ),
    };
    let client_id = new.client_id.trim();
    if client_id.is_empty() || !client_id.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(
            "the client ID must be visible ASCII without spaces, as shown in Antom's Dashboard"
                .to_owned(),
        );
    }
    let is_sandbox_id = client_id.starts_with("SANDBOX_");
    let custom = matches!(new.gateway, GatewayChoice::Custom(_));
    match new.environment {
        Environment::Production if is_sandbox_id => {
            return Err(
                "this is a sandbox client ID (it starts with SANDBOX_) but the profile is \
                        production; choose the sandbox environment, or use the production client \
                        ID from Antom's Dashboard"
                    .to_owned(),
            )
        }
        Environment::Sandbox if !is_sandbox_id && !custom => {
            return Err(
                "Antom's sandbox client IDs start with SANDBOX_; this one does not, so it \
                        is probably a production ID. Choose the production environment, or copy \
                        the sandbox client ID from Antom's Dashboard"
                    .to_owned(),
            )
        }
        _ => {}
    }
    let merchant_key = PrivateKey::from_text(&new.merchant_private_key)
        .map_err(|e| format!("merchant private key: {e}"))?;
    let antom_key = PublicKey::from_text(&new.antom_public_key)
        .map_err(|e| format!("Antom public key: {e}"))?;
    let probe = b"antom-console key probe";
    let signature = merchant_key
        .sign(probe)
        .map_err(|e| format!("merchant private key: {e}"))?;
    if !merchant_key.public_key().verify(probe, &signature) {
        return Err("merchant private key: a probe signature does not verify with its own public half; the key is damaged".to_owned());
    }
    if antom_key == *merchant_key.public_key() {
        return Err(
            "the Antom public key is the public half of your merchant key; paste Antom's \
                    public key (Dashboard → Developer → Key configuration → Antom public key)"
                .to_owned(),
        );
    }
    let merchant_key = std::sync::Arc::new(merchant_key);
    let antom_key = std::sync::Arc::new(antom_key);
    if let GatewayChoice::Custom(url) = &new.gateway {
        let config = antom::ClientConfig::new(
            antom_gateway(&new.gateway),
            antom_environment(new.environment),
            client_id,
        );
        antom::Client::new(
            config,
            merchant_key.clone(),
            antom_key.clone(),
            std::sync::Arc::new(antom::SystemClock),
        )
        .map_err(|e| format!("gateway `{url}`: {e}"))?;
    }
    Ok(ValidProfile {
        name: name.to_owned(),
        environment: new.environment,
        gateway: new.gateway.clone(),
        time_zone,
        settlement_currency,
        secrets: ProfileSecrets {
            client_id: Zeroizing::new(client_id.to_owned()),
            merchant_key,
            antom_key,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_never_show_the_whole_id() {
        assert_eq!(client_id_hint("SANDBOX_5Y0566SG25J0001"), "SANDBOX_5Y…0001");
        assert_eq!(client_id_hint("2YA3SL9K0001"), "2Y…0001");
        assert_eq!(client_id_hint("ABCDEF"), "A…F");
        assert_eq!(client_id_hint("ABC"), "…");
    }

    #[test]
    fn time_zones_default_to_utc() {
        assert_eq!(parse_time_zone(None).unwrap(), Tz::UTC);
        assert_eq!(
            parse_time_zone(Some("Asia/Singapore")).unwrap(),
            Tz::Asia__Singapore
        );
        assert!(parse_time_zone(Some("Mars/Base")).is_err());
    }
}
