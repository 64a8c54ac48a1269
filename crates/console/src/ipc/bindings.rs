//! Renders the TypeScript bindings of the IPC contract (committed under `ui/src/bindings`).
//! Generation only; the drift test compares these strings with the committed files.

use ts_rs::TS;

use super::dto::*;
use super::NoArgs;
use crate::app_info::AppInfo;
use crate::ipc::{ErrorCode, IpcError};
use crate::keychain::KeychainStatus;

/// One generated file: its name inside `ui/src/bindings` and its full text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindingFile {
    pub name: String,
    pub contents: String,
}

/// The TypeScript type of a command's arguments: `NoArgs` is an empty object.
fn args_ts<T: TS>() -> Option<String> {
    let name = T::name();
    (name != NoArgs::name()).then_some(name)
}

fn type_file<T: TS + 'static>() -> BindingFile {
    BindingFile {
        name: format!("{}.ts", T::name()),
        contents: T::export_to_string().expect("ts-rs renders every contract type"),
    }
}

macro_rules! commands_file {
    ($($name:ident : $args:ty => $result:ty,)*) => {{
        let mut imports = std::collections::BTreeSet::new();
        let mut entries = String::new();
        $(
            imports.insert(<$result as TS>::name());
            let args = args_ts::<$args>();
            if let Some(args) = &args {
                imports.insert(args.clone());
            }
            entries.push_str(&format!(
                "  \"{}\": {{ args: {}, result: {} }},\n",
                stringify!($name),
                args.as_deref().unwrap_or("Record<string, never>"),
                <$result as TS>::name(),
            ));
        )*
        let mut text = String::from(HEADER);
        for name in imports {
            text.push_str(&format!("import type {{ {name} }} from \"./{name}\";\n"));
        }
        text.push_str("\n/** Every IPC command: its arguments and its result. */\nexport type Commands = {\n");
        text.push_str(&entries);
        text.push_str("};\n\nexport const COMMAND_NAMES = [");
        text.push_str(&[$(format!("\"{}\"", stringify!($name))),*].join(", "));
        text.push_str("] as const;\n");
        BindingFile { name: "commands.ts".to_owned(), contents: text }
    }};
}

const HEADER: &str =
    "// Generated from the Rust IPC contract (crates/console/src/ipc). Do not edit by hand;\n// run scripts/gen-bindings after changing it.\n";

/// Every binding file, sorted by name, including `index.ts`.
pub fn render() -> Vec<BindingFile> {
    let mut files = vec![
        type_file::<AppInfo>(),
        type_file::<KeychainStatus>(),
        type_file::<ErrorCode>(),
        type_file::<IpcError>(),
        type_file::<Environment>(),
        type_file::<GatewayChoice>(),
        type_file::<NewProfile>(),
        type_file::<ProfileSummary>(),
        type_file::<ProfileList>(),
        type_file::<ProfileRef>(),
        type_file::<ConnectionVerdict>(),
        type_file::<ConnectionTest>(),
        type_file::<PaymentState>(),
        type_file::<MoneyView>(),
        type_file::<PaymentRow>(),
        type_file::<PaymentSort>(),
        type_file::<PaymentFilter>(),
        type_file::<PaymentPageRequest>(),
        type_file::<PaymentPage>(),
        type_file::<PaymentCount>(),
        type_file::<PaymentRef>(),
        type_file::<EventSource>(),
        type_file::<PaymentEvent>(),
        type_file::<PaymentDetail>(),
        type_file::<SyncReport>(),
        type_file::<LocalSandboxPhase>(),
        type_file::<LocalSandboxStatus>(),
        crate::for_each_command!(commands_file),
    ];
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let mut index = String::from(HEADER);
    for file in &files {
        let module = file.name.trim_end_matches(".ts");
        if module == "commands" {
            index.push_str("export type { Commands } from \"./commands\";\nexport { COMMAND_NAMES } from \"./commands\";\n");
        } else {
            index.push_str(&format!(
                "export type {{ {module} }} from \"./{module}\";\n"
            ));
        }
    }
    files.push(BindingFile {
        name: "index.ts".to_owned(),
        contents: index,
    });
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_import_points_at_a_generated_file() {
        let files = render();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        for file in &files {
            for line in file.contents.lines().filter(|l| l.contains(" from \"./")) {
                let target = line
                    .rsplit("from \"./")
                    .next()
                    .and_then(|rest| rest.split('"').next())
                    .unwrap();
                assert!(
                    names.contains(&format!("{target}.ts").as_str()),
                    "{} imports ./{target}, which is not generated",
                    file.name
                );
            }
        }
    }

    #[test]
    fn commands_file_lists_the_table() {
        let files = render();
        let commands = files.iter().find(|f| f.name == "commands.ts").unwrap();
        for name in crate::ipc::COMMAND_NAMES {
            assert!(commands.contents.contains(&format!("\"{name}\": {{ args:")));
        }
    }
}
