//! The one-off commands of the `guichet` binary, beside `serve`: what a town runs at the
//! terminal to set itself up. They use the same `DATABASE_URL` and secret as the server.

use app::staff::store::{self, CreateAdminRefusal};
use sea_orm::DatabaseConnection;
use std::io::{BufRead, IsTerminal};

/// What `guichet` accepts, for error messages and the first-start hint.
pub const USAGE: &str = "guichet [serve] | guichet create-admin \"<name>\" | \
                         guichet enrol-workstation \"<name>\" | \
                         guichet enrol-device kiosk|screen <site-slug> \"<name>\" | \
                         guichet backup <new-file.db> (SQLite) | \
                         guichet retention";

/// `guichet create-admin "Name"`: asks for the PIN twice (hidden when typed at a terminal;
/// read as two lines when piped, for scripts) and creates an administrator.
pub async fn create_admin(
    db: &DatabaseConnection,
    pepper: &[u8],
    name: Option<&str>,
) -> Result<String, String> {
    let name = name
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .ok_or("create-admin needs the administrator's name: guichet create-admin \"Name\"")?;
    let (first, second) = read_pin_twice()?;
    if first != second {
        return Err("the two PINs differ; nothing was created".into());
    }
    match store::create_admin(db, pepper, name, &first, chrono::Utc::now())
        .await
        .map_err(|e| format!("database: {e}"))?
    {
        Ok(admin) => Ok(format!(
            "Administrator \"{}\" created (agent {}). Next: enrol this computer as a \
             workstation with `guichet enrol-workstation \"<name>\"` and type the code at \
             /agent/poste, then sign in at /agent.",
            admin.display_name, admin.id
        )),
        Err(CreateAdminRefusal::EmptyName) => Err("the name is empty".into()),
        Err(CreateAdminRefusal::NameTaken) => Err(format!(
            "an active agent is already called \"{name}\"; choose another name"
        )),
        Err(CreateAdminRefusal::InvalidPin) => {
            Err("a PIN is 4 to 8 digits; nothing was created".into())
        }
    }
}

fn read_pin_twice() -> Result<(String, String), String> {
    if std::io::stdin().is_terminal() {
        let ask = |prompt: &str| {
            rpassword::prompt_password(prompt).map_err(|e| format!("reading the PIN: {e}"))
        };
        Ok((ask("PIN (4 to 8 digits): ")?, ask("The same PIN again: ")?))
    } else {
        let mut lines = std::io::stdin().lock().lines();
        let mut next = || -> Result<String, String> {
            lines
                .next()
                .ok_or("give the PIN twice, one line each, on standard input")?
                .map(|l| l.trim().to_owned())
                .map_err(|e| format!("reading the PIN: {e}"))
        };
        Ok((next()?, next()?))
    }
}

/// Printed at start-up while nobody can administer the town (a new installation without
/// the demo town): otherwise the login screen would stay empty with no way forward.
pub async fn first_start_hint(db: &DatabaseConnection) -> Result<Option<String>, String> {
    let has_admin = store::has_active_admin(db)
        .await
        .map_err(|e| format!("database: {e}"))?;
    Ok((!has_admin).then(|| {
        "No administrator yet. With the same DATABASE_URL and GUICHET_SECRET_KEY_FILE as this \
         server, run:\n  guichet create-admin \"Your name\"     (asks for a PIN twice)\n  \
         guichet enrol-workstation \"Accueil\"  (prints a code to type at /agent/poste)\n\
         then sign in at /agent and set the town up at /agent/admin."
            .to_owned()
    }))
}
