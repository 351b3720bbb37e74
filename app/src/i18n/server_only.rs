/// Files of `locales/<lang>/` whose every message belongs to a page that only the server
/// renders (the administration, requests and residents, see `components/server_rendered.rs`): the browsers' wasm
/// leaves them out. Shared by `build.rs` (which copies the locales) and `tests/locales.rs`
/// (which checks that no page the browser renders uses them).
pub const SERVER_ONLY_FILES: &[&str] = &[
    "administration.ftl",
    "agents.ftl",
    "campaigns.ftl",
    "procedures.ftl",
    "quality.ftl",
    "requests.ftl",
    "settings.ftl",
    "surveys.ftl",
    "town.ftl",
];
