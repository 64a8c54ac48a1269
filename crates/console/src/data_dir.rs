//! Where the console keeps its files: the per-OS app data directory, or `ANTOM_CONSOLE_DATA_DIR`.
//! Resolution only; callers pass the environment in, nothing here reads globals.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The environment variable that overrides the data directory (tests and portable installs use it).
pub const DATA_DIR_ENV: &str = "ANTOM_CONSOLE_DATA_DIR";

/// The application identifier; also the folder name under the OS data directory.
pub const APP_IDENTIFIER: &str = "dev.antomconsole.console";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    path: PathBuf,
    from_env: bool,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DataDirError {
    #[error("{DATA_DIR_ENV} is set but empty; unset it or point it at a folder")]
    EmptyOverride,
    #[error("{DATA_DIR_ENV} must be an absolute path, got {0:?}")]
    RelativeOverride(PathBuf),
    #[error("this system reports no per-user data directory; set {DATA_DIR_ENV} to a folder")]
    NoDefault,
}

impl DataDir {
    /// Resolves from the override (the value of `ANTOM_CONSOLE_DATA_DIR`, if set) and the OS
    /// per-user data directory (e.g. `~/.local/share`, `~/Library/Application Support`, `%APPDATA%`).
    pub fn resolve(
        override_value: Option<OsString>,
        os_data_dir: Option<PathBuf>,
    ) -> Result<Self, DataDirError> {
        match override_value {
            Some(value) if value.is_empty() => Err(DataDirError::EmptyOverride),
            Some(value) => {
                let path = PathBuf::from(value);
                if path.is_absolute() {
                    Ok(Self {
                        path,
                        from_env: true,
                    })
                } else {
                    Err(DataDirError::RelativeOverride(path))
                }
            }
            None => os_data_dir
                .map(|base| Self {
                    path: base.join(APP_IDENTIFIER),
                    from_env: false,
                })
                .ok_or(DataDirError::NoDefault),
        }
    }

    /// Resolves from this process's environment and the OS.
    pub fn from_process_env() -> Result<Self, DataDirError> {
        Self::resolve(std::env::var_os(DATA_DIR_ENV), dirs::data_dir())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn from_env(&self) -> bool {
        self.from_env
    }

    /// Creates the directory (and parents) if it does not exist yet.
    pub fn ensure_exists(&self) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_wins_over_os_default() {
        let dir = DataDir::resolve(
            Some(OsString::from("/srv/antom")),
            Some(PathBuf::from("/home/u/.local/share")),
        )
        .unwrap();
        assert_eq!(dir.path(), Path::new("/srv/antom"));
        assert!(dir.from_env());
    }

    #[test]
    fn default_is_identifier_under_os_data_dir() {
        let dir = DataDir::resolve(None, Some(PathBuf::from("/home/u/.local/share"))).unwrap();
        assert_eq!(
            dir.path(),
            Path::new("/home/u/.local/share/dev.antomconsole.console")
        );
        assert!(!dir.from_env());
    }

    #[test]
    fn empty_or_relative_override_is_refused() {
        assert_eq!(
            DataDir::resolve(Some(OsString::new()), None),
            Err(DataDirError::EmptyOverride)
        );
        assert_eq!(
            DataDir::resolve(Some(OsString::from("rel/dir")), None),
            Err(DataDirError::RelativeOverride(PathBuf::from("rel/dir")))
        );
    }

    #[test]
    fn no_os_default_and_no_override_is_an_error() {
        assert_eq!(DataDir::resolve(None, None), Err(DataDirError::NoDefault));
    }

    #[test]
    fn ensure_exists_creates_nested_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let nested = tmp.path().join("a/b/c");
        let dir = DataDir::resolve(Some(nested.clone().into_os_string()), None).unwrap();
        dir.ensure_exists().unwrap();
        assert!(nested.is_dir());
    }
}
