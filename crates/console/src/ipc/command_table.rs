// The one command table: each IPC command, its argument type and its result type, declared once.
// Plain tokens only (no paths), so the shell's build script can `include!` this file as well.

/// Calls `$callback! { name: Args => Result, ... }` with every IPC command. Each command is a
/// method `Console::name(&self, args: Args) -> Result<Result, IpcError>`; the UI sends `{ args }`.
#[macro_export]
macro_rules! for_each_command {
    ($callback:ident) => {
        $callback! {
            app_info: NoArgs => AppInfo,
            profiles_list: NoArgs => ProfileList,
            profile_create: NewProfile => ProfileSummary,
            profile_activate: ProfileRef => ProfileSummary,
            profile_remove: ProfileRef => ProfileList,
            profile_test_connection: ProfileRef => ConnectionTest,
            payments_page: PaymentPageRequest => PaymentPage,
            payments_count: PaymentFilter => PaymentCount,
            payment_detail: PaymentRef => PaymentDetail,
            payment_add_by_id: PaymentRef => PaymentRow,
            payments_sync: NoArgs => SyncReport,
            payment_watch: PaymentRef => PaymentRow,
            local_sandbox_status: NoArgs => LocalSandboxStatus,
        }
    };
}
