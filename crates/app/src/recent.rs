//! The recent-folders list, kept in a small text file in the user's config folder.

use std::path::{Path, PathBuf};

/// How many folders the list remembers.
const MAX_RECENT: usize = 10;

/// Recently opened folders, most recent first.
#[derive(Debug, Default)]
pub struct RecentFolders {
    pub folders: Vec<PathBuf>,
    file: Option<PathBuf>,
}

impl RecentFolders {
    /// Reads the list from the config folder (`$XDG_CONFIG_HOME/marsad` or `~/.config/marsad`).
    pub fn load_default() -> Self {
        Self::load_config("recent-folders.txt")
    }

    /// Reads a list kept as `file_name` in Marsad's config folder.
    pub fn load_config(file_name: &str) -> Self {
        let dir = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")));
        let Some(dir) = dir else {
            return Self::default();
        };
        Self::load(&dir.join("marsad").join(file_name))
    }

    /// Reads the list from `file`; a missing file is an empty list.
    pub fn load(file: &Path) -> Self {
        let folders = std::fs::read_to_string(file)
            .map(|text| {
                text.lines()
                    .filter(|l| !l.is_empty())
                    .map(PathBuf::from)
                    .take(MAX_RECENT)
                    .collect()
            })
            .unwrap_or_default();
        Self {
            folders,
            file: Some(file.to_owned()),
        }
    }

    /// Moves `folder` to the front and saves the list.
    pub fn push(&mut self, folder: &Path) -> std::io::Result<()> {
        self.folders.retain(|f| f != folder);
        self.folders.insert(0, folder.to_owned());
        self.folders.truncate(MAX_RECENT);
        let Some(file) = &self.file else {
            return Ok(());
        };
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut text = String::new();
        for folder in &self.folders {
            text.push_str(&folder.display().to_string());
            text.push('\n');
        }
        std::fs::write(file, text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reopening_a_folder_moves_it_to_the_front_and_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("recent.txt");
        let mut recent = RecentFolders::load(&file);
        for folder in ["/a", "/b", "/a"] {
            recent.push(Path::new(folder)).unwrap();
        }
        let reloaded = RecentFolders::load(&file);
        assert_eq!(reloaded.folders, [PathBuf::from("/a"), PathBuf::from("/b")]);
    }
}
