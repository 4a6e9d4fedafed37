//! Configuration: one TOML tree, every key optional with a documented default, and a `build`
//! step that validates all of it at once and loads the lists into a ready [`Engine`].
//!
//! `config/gleaner.toml` lists every key set to its default; a test proves the file and
//! [`Config::default`] agree. Precedence is defaults < file < command-line flags (the binary
//! applies the flags to the loaded `Config` before `build`).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::engine::{Analyzer, Engine, State};
use crate::error::{ConfigError, Problem};
use crate::record::FieldNames;
use crate::stages::links::classify::Lists;
use crate::stages::links::{LinkCleaner, LinksConfig, builtin_list, category_name, lists};
use crate::stages::neardup::{NearDupConfig, SimIndex};
use crate::stages::repeats::{BoilerplateConfig, RepeatsConfig};

/// `[input]`: how records are read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct InputConfig {
    /// Names of the fields gleaner reads.
    pub fields: FieldNames,
    /// Longest line accepted, in bytes; longer lines are rejected without being held in memory.
    pub max_record_bytes: u64,
    /// Most bytes read from one input after decompression (a guard against compression bombs).
    pub max_input_bytes: u64,
}

impl Default for InputConfig {
    fn default() -> Self {
        InputConfig { fields: FieldNames::default(), max_record_bytes: 16 << 20, max_input_bytes: 64 << 30 }
    }
}

/// The whole configuration.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// `[input]`
    pub input: InputConfig,
    /// `[urls]`
    pub urls: LinksConfig,
    /// `[repeats]`
    pub repeats: RepeatsConfig,
    /// `[boilerplate]`
    pub boilerplate: BoilerplateConfig,
    /// `[neardup]`
    pub neardup: NearDupConfig,
    /// Directory that relative list paths are resolved against (the config file's).
    #[serde(skip)]
    pub base_dir: Option<PathBuf>,
}

impl Config {
    /// Parses a TOML document. `origin` names it in error messages.
    ///
    /// # Errors
    /// [`ConfigError::Parse`] naming the offending key.
    pub fn from_toml(src: &str, origin: &str) -> Result<Config, ConfigError> {
        toml::from_str(src).map_err(|e| ConfigError::Parse { path: origin.to_owned(), message: e.to_string() })
    }

    /// Reads and parses a TOML file; relative list paths resolve against its directory.
    ///
    /// # Errors
    /// [`ConfigError::Read`] or [`ConfigError::Parse`].
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let src = std::fs::read_to_string(path)
            .map_err(|source| ConfigError::Read { path: path.display().to_string(), source })?;
        let mut c = Config::from_toml(&src, &path.display().to_string())?;
        c.base_dir = path.parent().map(Path::to_path_buf);
        Ok(c)
    }

    /// The configuration as TOML (what `gleaner check-config` prints).
    pub fn to_toml(&self) -> String {
        toml::to_string(self).expect("a Config always serialises to TOML")
    }

    /// Every problem in the values, with its key path.
    pub fn validate(&self) -> Vec<Problem> {
        let mut p = Vec::new();
        let mut bad = |key: &str, message: String| p.push(Problem { key: key.to_owned(), message });
        let f = &self.input.fields;
        for (k, v) in [("text", &f.text), ("title", &f.title), ("url", &f.url), ("id", &f.id)] {
            if v.is_empty() {
                bad(&format!("input.fields.{k}"), "must not be empty".into());
            }
        }
        let names = [&f.text, &f.title, &f.url, &f.id];
        for (i, a) in names.iter().enumerate() {
            if names[..i].contains(a) {
                bad("input.fields", format!("field name {a:?} is used twice"));
            }
        }
        if self.input.max_record_bytes == 0 {
            bad("input.max_record_bytes", "must be at least 1".into());
        }
        if self.input.max_input_bytes == 0 {
            bad("input.max_input_bytes", "must be at least 1".into());
        }
        let u = &self.urls;
        if !u.threshold.is_finite() {
            bad("urls.threshold", "must be a finite number".into());
        }
        if !(1..=8).contains(&u.campaign_min_sites) {
            bad("urls.campaign_min_sites", format!("{} is not between 1 and 8", u.campaign_min_sites));
        }
        if u.campaign_max_targets < 16 {
            bad("urls.campaign_max_targets", "must be at least 16".into());
        }
        let r = &self.repeats;
        if r.min_words == 0 || r.min_cjk_chars == 0 {
            bad("repeats.min_words", "minimum lengths must be at least 1".into());
        }
        if r.near_distance > 16 {
            bad("repeats.near_distance", format!("{} is not between 0 and 16", r.near_distance));
        }
        if !(0.0..=1.0).contains(&r.near_jaccard) {
            bad("repeats.near_jaccard", "must be between 0 and 1".into());
        }
        if !(0.0..=1.0).contains(&r.aligned_ratio) {
            bad("repeats.aligned_ratio", "must be between 0 and 1".into());
        }
        if !(0.0..=1.0).contains(&r.aligned_ratio_link) {
            bad("repeats.aligned_ratio_link", "must be between 0 and 1".into());
        }
        let b = &self.boilerplate;
        if b.min_docs < 2 || b.long_min_docs < 2 {
            bad("boilerplate.min_docs", "a paragraph needs at least 2 documents to repeat".into());
        }
        if b.max_entries < 16 {
            bad("boilerplate.max_entries", "must be at least 16".into());
        }
        let n = &self.neardup;
        if n.k > 8 {
            bad("neardup.k", format!("{} is not between 0 and 8", n.k));
        }
        if n.k_short > n.k {
            bad("neardup.k_short", format!("{} is larger than neardup.k ({})", n.k_short, n.k));
        }
        for (k, v) in [
            ("neardup.simhash_words", n.simhash_words),
            ("neardup.simhash_chars", n.simhash_chars),
            ("neardup.sketch_words", n.sketch_words),
            ("neardup.sketch_chars", n.sketch_chars),
        ] {
            if !(1..=8).contains(&v) {
                bad(k, format!("{v} is not between 1 and 8"));
            }
        }
        if !(0.0..=1.0).contains(&n.cjk_ratio) {
            bad("neardup.cjk_ratio", "must be between 0 and 1".into());
        }
        if !(0.0..=1.0).contains(&n.confirm_jaccard) {
            bad("neardup.confirm_jaccard", "must be between 0 and 1".into());
        }
        if !(0.0..=1.0).contains(&n.confirm_digits) {
            bad("neardup.confirm_digits", "must be between 0 and 1".into());
        }
        if n.differing_digits > 64 {
            bad("neardup.differing_digits", format!("{} is not between 0 and 64", n.differing_digits));
        }
        if n.max_docs == 0 || n.max_docs as u64 >= u64::from(u32::MAX) {
            bad("neardup.max_docs", format!("{} is not between 1 and {}", n.max_docs, u32::MAX - 1));
        }
        let least = SimIndex::DOC_BYTES + SimIndex::TABLE_BYTES_PER_DOC;
        if n.bytes_per_doc < least {
            bad("neardup.bytes_per_doc", format!("{} is below the {least} bytes one table needs", n.bytes_per_doc));
        }
        p
    }

    fn read_list(&self, key: &str, source: &str, problems: &mut Vec<Problem>) -> Option<(String, String)> {
        if let Some(name) = source.strip_prefix("builtin:") {
            return match builtin_list(name) {
                Some(s) => Some((name.to_owned(), s.to_owned())),
                None => {
                    problems.push(Problem { key: key.into(), message: format!("unknown builtin list {name:?}") });
                    None
                }
            };
        }
        let path = match &self.base_dir {
            Some(d) if Path::new(source).is_relative() => d.join(source),
            _ => PathBuf::from(source),
        };
        match std::fs::read_to_string(&path) {
            Ok(s) => {
                let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_owned();
                Some((stem, s))
            }
            Err(e) => {
                problems.push(Problem { key: key.into(), message: format!("cannot read {}: {e}", path.display()) });
                None
            }
        }
    }

    /// Reads each list of `sources` (the setting `key`) and hands its stem and text to `parse`;
    /// a list that cannot be read, or a line `parse` refuses, is a problem of `key`.
    fn parse_lists(
        &self,
        key: &str,
        sources: &[String],
        problems: &mut Vec<Problem>,
        mut parse: impl FnMut(&str, &str) -> Result<(), lists::ListProblem>,
    ) {
        for s in sources {
            if let Some((stem, src)) = self.read_list(key, s, problems)
                && let Err(e) = parse(&stem, &src)
            {
                problems.push(Problem { key: key.into(), message: format!("{s}: line {}: {}", e.line, e.message) });
            }
        }
    }

    fn load_lists(&self, problems: &mut Vec<Problem>) -> Lists {
        let mut l = Lists::default();
        let u = &self.urls;
        for s in &u.blocklists {
            if let Some((_, src)) = self.read_list("urls.blocklists", s, problems) {
                l.blocklist.add_file(&src);
            }
        }
        for s in &u.allowlists {
            if let Some((_, src)) = self.read_list("urls.allowlists", s, problems) {
                l.allowlist.add_file(&src);
            }
        }
        for s in &u.shorteners {
            if let Some((_, src)) = self.read_list("urls.shorteners", s, problems) {
                l.shorteners.add_file(&src);
            }
        }
        for s in &u.free_hosting {
            if let Some((_, src)) = self.read_list("urls.free_hosting", s, problems) {
                l.free_hosting.add_file(&src);
            }
        }
        self.parse_lists("urls.lexicons", &u.lexicons, problems, |stem, src| {
            l.lexicon.add_file(src, category_name(stem))
        });
        self.parse_lists("urls.spam_tlds", &u.spam_tlds, problems, |_, src| l.tlds.add_file(src));
        for s in &u.citation_cues {
            if let Some((_, src)) = self.read_list("urls.citation_cues", s, problems) {
                l.cues.extend(lists::phrases(&src));
            }
        }
        self.parse_lists("urls.reporting", &u.reporting, problems, |_, src| l.reporting.add_file(src));
        l.reporting.prepare();
        l.cues.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        l.cues.dedup();
        l.lexicon.prepare();
        l
    }

    /// Validates everything and builds the engine.
    ///
    /// # Errors
    /// [`ConfigError::Invalid`] with every problem found.
    pub fn build(&self) -> Result<Engine, ConfigError> {
        self.build_with(false)
    }

    /// As [`Config::build`]; `explain` writes every URL's score into explanations.
    ///
    /// # Errors
    /// [`ConfigError::Invalid`] with every problem found.
    pub fn build_with(&self, explain: bool) -> Result<Engine, ConfigError> {
        let mut problems = self.validate();
        let lists = self.load_lists(&mut problems);
        if !problems.is_empty() {
            return Err(ConfigError::Invalid(problems));
        }
        let analyzer = Analyzer {
            names: self.input.fields.clone(),
            links: LinkCleaner::new(&self.urls, lists),
            repeats: self.repeats.clone(),
            neardup: self.neardup.clone(),
            boilerplate: self.boilerplate.clone(),
            explain,
            passthrough: false,
            keep_tokens: false,
            stopwords: crate::stages::neardup::stopword_hashes(),
        };
        let state = State::new(&self.urls, &self.boilerplate, &self.neardup);
        Ok(Engine::from_parts(analyzer, state))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_builds() {
        let e = Config::default().build().unwrap();
        assert_eq!(e.indexed(), 0);
    }

    #[test]
    fn unknown_key_fails_naming_its_path() {
        let e = Config::from_toml("[neardup]\nkk = 3\n", "x.toml").unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("kk"), "{msg}");
        assert!(msg.contains("x.toml"), "{msg}");
    }

    #[test]
    fn every_problem_is_reported() {
        let mut c = Config::default();
        c.neardup.k = 9;
        c.neardup.simhash_words = 0;
        c.urls.lexicons.push("builtin:nope".into());
        let ConfigError::Invalid(p) = c.build().unwrap_err() else { panic!() };
        let keys: Vec<&str> = p.iter().map(|p| p.key.as_str()).collect();
        assert!(keys.contains(&"neardup.k"));
        assert!(keys.contains(&"neardup.simhash_words"));
        assert!(keys.contains(&"urls.lexicons"));
    }

    #[test]
    fn toml_round_trips() {
        let c = Config::default();
        assert_eq!(Config::from_toml(&c.to_toml(), "-").unwrap(), c);
    }
}
