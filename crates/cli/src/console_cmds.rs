//! `antomctl profile …`, `session create` and `payments …`: the console's own commands from a
//! terminal, over the same `console::Console` the desktop app uses. Parsing and printing only.

use std::path::PathBuf;
use std::process::ExitCode;

use antom::{Currency, Money};
use clap::{Args, Subcommand, ValueEnum};
use console::ipc::dto::{
    ConnectionVerdict, Environment, GatewayChoice, NewProfile, PaymentFilter, PaymentPageRequest,
    PaymentRef, PaymentRow, PaymentSort, ProfileRef,
};
use console::ipc::NoArgs;
use console::{CaptureChoice, Console, IpcError, SessionOrder, SessionScene};

#[derive(Subcommand)]
pub enum ProfileCommand {
    /// Add a profile; keys go to the OS keychain, never to a file.
    Add(AddProfile),
    /// List profiles (JSON).
    List,
    /// Remove a profile, its keychain entries and its cache.
    Remove { name: String },
    /// Signed inquiry for a random id: exit 0 when keys and signatures work both ways.
    Test { name: String },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum EnvArg {
    Sandbox,
    Production,
}

#[derive(Args)]
pub struct AddProfile {
    #[arg(long)]
    name: String,
    #[arg(long, value_enum)]
    env: EnvArg,
    /// asia | na | us | eu, or a base URL such as http://127.0.0.1:8080
    #[arg(long)]
    gateway: String,
    #[arg(long)]
    client_id: String,
    /// Merchant private key file (PEM or one-line base64, PKCS#8 or PKCS#1).
    #[arg(long)]
    private_key: PathBuf,
    /// Antom public key file (PEM or one-line base64).
    #[arg(long)]
    antom_public_key: PathBuf,
    /// IANA time zone for dates (default UTC).
    #[arg(long)]
    time_zone: Option<String>,
    #[arg(long)]
    settlement_currency: Option<String>,
}

#[derive(Subcommand)]
pub enum SessionCommand {
    /// createPaymentSession; prints paymentRequestId, paymentSessionId and normalUrl as JSON.
    Create(CreateSession),
}

#[derive(Clone, Copy, ValueEnum)]
pub enum SceneArg {
    Checkout,
    Element,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum CaptureArg {
    Automatic,
    Manual,
}

#[derive(Args)]
pub struct CreateSession {
    /// In major units as a person writes it, e.g. 12.34
    #[arg(long)]
    amount: String,
    #[arg(long)]
    currency: String,
    #[arg(long, value_enum, default_value = "checkout")]
    scene: SceneArg,
    #[arg(long, value_enum, default_value = "automatic")]
    capture: CaptureArg,
    /// Offer only this payment method, e.g. CARD.
    #[arg(long)]
    method: Option<String>,
    #[arg(long, default_value = "https://merchant.example/return")]
    redirect_url: String,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Table,
    Json,
}

#[derive(Subcommand)]
pub enum PaymentsCommand {
    /// Re-inquire every payment that is not final.
    Sync,
    /// Inquire a paymentRequestId or paymentId and cache it.
    AddById { id: String },
    /// The detail view (JSON), events newest first.
    Show { id: String },
    /// One page of the cached payments, newest first.
    List(ListPayments),
}

#[derive(Args)]
pub struct ListPayments {
    /// State, e.g. paid, authorized, partiallyRefunded (repeatable).
    #[arg(long = "status")]
    statuses: Vec<String>,
    #[arg(long)]
    currency: Option<String>,
    /// First local date (YYYY-MM-DD, the profile's time zone).
    #[arg(long)]
    since: Option<String>,
    /// Last local date (YYYY-MM-DD), inclusive.
    #[arg(long)]
    until: Option<String>,
    /// Prefix of a paymentRequestId, paymentId or order reference.
    #[arg(long)]
    search: Option<String>,
    #[arg(long, default_value_t = 50)]
    limit: u32,
    #[arg(long, value_enum, default_value = "table")]
    format: FormatArg,
}

fn fail(e: IpcError) -> String {
    format!("{:?}: {}", e.code, e.message)
}

fn print_json(value: &impl serde::Serialize) -> Result<(), String> {
    use std::io::Write as _;
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = writeln!(std::io::stdout(), "{text}");
    Ok(())
}

async fn profile_id(console: &Console, name: &str) -> Result<String, String> {
    let list = console.profiles_list(NoArgs {}).await.map_err(fail)?;
    list.profiles
        .into_iter()
        .find(|p| p.name.eq_ignore_ascii_case(name.trim()))
        .map(|p| p.id)
        .ok_or_else(|| format!("no profile named `{name}` (antomctl profile list)"))
}

fn gateway(text: &str) -> GatewayChoice {
    match text.to_ascii_lowercase().as_str() {
        "asia" => GatewayChoice::Asia,
        "na" => GatewayChoice::NorthAmerica,
        "us" => GatewayChoice::UnitedStates,
        "eu" => GatewayChoice::Europe,
        _ => GatewayChoice::Custom(text.to_owned()),
    }
}

fn read(path: &PathBuf) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

pub async fn profile(console: &Console, cmd: ProfileCommand) -> Result<ExitCode, String> {
    match cmd {
        ProfileCommand::Add(a) => {
            let new = NewProfile {
                name: a.name,
                environment: match a.env {
                    EnvArg::Sandbox => Environment::Sandbox,
                    EnvArg::Production => Environment::Production,
                },
                gateway: gateway(&a.gateway),
                client_id: a.client_id,
                merchant_private_key: read(&a.private_key)?,
                antom_public_key: read(&a.antom_public_key)?,
                time_zone: a.time_zone,
                settlement_currency: a.settlement_currency,
            };
            print_json(&console.profile_create(new).await.map_err(fail)?)?;
        }
        ProfileCommand::List => print_json(&console.profiles_list(NoArgs {}).await.map_err(fail)?)?,
        ProfileCommand::Remove { name } => {
            let id = profile_id(console, &name).await?;
            print_json(
                &console
                    .profile_remove(ProfileRef { id })
                    .await
                    .map_err(fail)?,
            )?;
        }
        ProfileCommand::Test { name } => {
            let id = profile_id(console, &name).await?;
            let test = console
                .profile_test_connection(ProfileRef { id })
                .await
                .map_err(fail)?;
            print_json(&test)?;
            if test.verdict != ConnectionVerdict::Ok {
                return Ok(ExitCode::from(1));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn pin(console: &Console, profile: Option<&str>) -> Result<(), String> {
    if let Some(name) = profile {
        let id = profile_id(console, name).await?;
        console.pin_profile(&id).await.map_err(fail)?;
    }
    Ok(())
}

pub async fn session(console: &Console, cmd: SessionCommand) -> Result<ExitCode, String> {
    let SessionCommand::Create(c) = cmd;
    let currency =
        Currency::from_code(&c.currency.to_ascii_uppercase()).map_err(|e| e.to_string())?;
    let amount = Money::parse(&c.amount, currency).map_err(|e| e.to_string())?;
    let created = console
        .create_session(SessionOrder {
            amount,
            scene: match c.scene {
                SceneArg::Checkout => SessionScene::CheckoutPage,
                SceneArg::Element => SessionScene::Element,
            },
            capture: match c.capture {
                CaptureArg::Automatic => CaptureChoice::Automatic,
                CaptureArg::Manual => CaptureChoice::Manual,
            },
            method: c.method,
            description: "Antom Console order".to_owned(),
            redirect_url: c.redirect_url,
        })
        .await
        .map_err(fail)?;
    print_json(&created)?;
    Ok(ExitCode::SUCCESS)
}

fn table(rows: &[PaymentRow]) {
    println!(
        "{:<34} {:<18} {:>14} {:<4} {:<12} {:<20}",
        "PAYMENT REQUEST ID", "STATE", "AMOUNT", "CCY", "METHOD", "CREATED (UTC)"
    );
    for r in rows {
        println!(
            "{:<34} {:<18} {:>14} {:<4} {:<12} {:<20}",
            r.payment_request_id,
            serde_json::to_value(r.state)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            r.amount.formatted,
            r.amount.currency,
            r.payment_method.as_deref().unwrap_or("-"),
            r.created_at
        );
    }
}

pub async fn payments(console: &Console, cmd: PaymentsCommand) -> Result<ExitCode, String> {
    match cmd {
        PaymentsCommand::Sync => {
            let report = console.payments_sync(NoArgs {}).await.map_err(fail)?;
            print_json(&report)?;
            if report.failed > 0 {
                return Ok(ExitCode::from(1));
            }
        }
        PaymentsCommand::AddById { id } => {
            print_json(
                &console
                    .payment_add_by_id(PaymentRef { id })
                    .await
                    .map_err(fail)?,
            )?;
        }
        PaymentsCommand::Show { id } => {
            print_json(
                &console
                    .payment_detail(PaymentRef { id })
                    .await
                    .map_err(fail)?,
            )?;
        }
        PaymentsCommand::List(l) => {
            let states = l
                .statuses
                .iter()
                .map(|s| {
                    console::cache::state::parse_state(s).ok_or_else(|| {
                        format!("unknown status `{s}` (e.g. paid, authorized, failed)")
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let page = console
                .payments_page(PaymentPageRequest {
                    filter: PaymentFilter {
                        states,
                        currency: l.currency,
                        created_from: l.since,
                        created_to: l.until,
                        search: l.search,
                        ..PaymentFilter::default()
                    },
                    sort: PaymentSort::CreatedDesc,
                    limit: l.limit,
                    cursor: None,
                    offset: None,
                })
                .await
                .map_err(fail)?;
            match l.format {
                FormatArg::Json => print_json(&page.rows)?,
                FormatArg::Table => table(&page.rows),
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
