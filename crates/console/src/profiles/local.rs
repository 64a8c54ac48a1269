//! Registry changes only the console's built-in local simulator profile needs: its flag, and
//! moving its gateway when the embedded sandbox comes back on another port.

use super::{ProfileRegistry, RegistryError};

impl ProfileRegistry {
    pub async fn mark_local_simulator(&self, id: &str) -> Result<(), RegistryError> {
        sqlx::query("UPDATE profiles SET is_local_simulator = 1 WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn set_custom_gateway(&self, id: &str, url: &str) -> Result<(), RegistryError> {
        sqlx::query("UPDATE profiles SET gateway_kind = 'custom', gateway_url = ? WHERE id = ?")
            .bind(url)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
