// Generated from the Rust IPC contract (crates/console/src/ipc). Do not edit by hand;
// run scripts/gen-bindings after changing it.
import type { AppInfo } from "./AppInfo";
import type { ConnectionTest } from "./ConnectionTest";
import type { LocalSandboxStatus } from "./LocalSandboxStatus";
import type { NewProfile } from "./NewProfile";
import type { PaymentCount } from "./PaymentCount";
import type { PaymentDetail } from "./PaymentDetail";
import type { PaymentFilter } from "./PaymentFilter";
import type { PaymentPage } from "./PaymentPage";
import type { PaymentPageRequest } from "./PaymentPageRequest";
import type { PaymentRef } from "./PaymentRef";
import type { PaymentRow } from "./PaymentRow";
import type { ProfileList } from "./ProfileList";
import type { ProfileRef } from "./ProfileRef";
import type { ProfileSummary } from "./ProfileSummary";
import type { SyncReport } from "./SyncReport";

/** Every IPC command: its arguments and its result. */
export type Commands = {
  "app_info": { args: Record<string, never>, result: AppInfo },
  "profiles_list": { args: Record<string, never>, result: ProfileList },
  "profile_create": { args: NewProfile, result: ProfileSummary },
  "profile_activate": { args: ProfileRef, result: ProfileSummary },
  "profile_remove": { args: ProfileRef, result: ProfileList },
  "profile_test_connection": { args: ProfileRef, result: ConnectionTest },
  "payments_page": { args: PaymentPageRequest, result: PaymentPage },
  "payments_count": { args: PaymentFilter, result: PaymentCount },
  "payment_detail": { args: PaymentRef, result: PaymentDetail },
  "payment_add_by_id": { args: PaymentRef, result: PaymentRow },
  "payments_sync": { args: Record<string, never>, result: SyncReport },
  "payment_watch": { args: PaymentRef, result: PaymentRow },
  "local_sandbox_status": { args: Record<string, never>, result: LocalSandboxStatus },
};

export const COMMAND_NAMES = ["app_info", "profiles_list", "profile_create", "profile_activate", "profile_remove", "profile_test_connection", "payments_page", "payments_count", "payment_detail", "payment_add_by_id", "payments_sync", "payment_watch", "local_sandbox_status"] as const;
